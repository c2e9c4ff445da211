package com.expressrouteadvisor.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint and error code of CONTRACT §5, over real HTTP on loopback. */
class DecisionServiceHttpTest {

    private static final String TOKEN = "test-admin-token";
    private static DecisionService service;
    private static ServiceClient client;

    @BeforeAll
    static void start() {
        service = DecisionService.start(ServiceSettings.defaults(TestFolders.RULES, TestFolders.REFERENCE)
                .withListener("127.0.0.1", 0)
                .withAdminToken(AdminToken.of(TOKEN)));
        client = new ServiceClient(service.port());
    }

    @AfterAll
    static void stop() {
        service.stop();
    }

    @Test
    void evaluatesOneProfileAndNamesTheRuleSetThatDecided() {
        HttpResult result = client.evaluate(TestFolders.read(TestFolders.ONE_CUSTOMER));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.header("Content-Type")).startsWith("application/json");
        JsonNode advice = result.json();
        assertThat(advice.get("customerId").asText()).isEqualTo("havenstad-logistiek-nl");
        assertThat(advice.get("recommendations")).isNotEmpty();
        assertThat(advice.get("recommendations").get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(advice.has("firedRules")).isFalse();
        String version = advice.get("ruleSet").get("version").asText();
        assertThat(version).startsWith("sha256:").isEqualTo(result.header("X-Rule-Set-Version"))
                .isEqualTo(client.get("/v1/rules").json().get("version").asText());
    }

    @Test
    void readsEscapedTextAsItsPlainTextAndRefusesBrokenUtf8() {
        String plain = TestFolders.read(TestFolders.ONE_CUSTOMER);
        String escaped = plain.replace("\"havenstad-logistiek-nl\"", "\"havenstad-logistiek-n\\u006c\"");
        byte[] badUtf8 = plain.replace("havenstad", "havenst\u00e4d").getBytes(StandardCharsets.UTF_8);
        int umlaut = 0;
        while (badUtf8[umlaut] != (byte) 0xC3) {
            umlaut++;
        }
        badUtf8[umlaut + 1] = 0x41; // the second byte of "ä" no longer continues it

        HttpResult fromPlain = client.evaluate(plain);
        HttpResult fromEscaped = client.evaluate(escaped);
        HttpResult fromBadUtf8 = client.post("/v1/evaluations", "application/json", badUtf8);

        assertThat(escaped).isNotEqualTo(plain);
        assertThat(fromEscaped.status()).isEqualTo(200);
        assertThat(fromEscaped.json().get("recommendations")).isEqualTo(fromPlain.json().get("recommendations"));
        assertThat(fromEscaped.json().get("customerId").asText()).isEqualTo("havenstad-logistiek-nl");
        assertThat(fromBadUtf8.status()).isEqualTo(400);
        assertThat(fromBadUtf8.json().get("error").asText()).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void evaluatesAnArrayIntoAnArrayInTheSameOrder() {
        JsonNode portfolio = json(TestFolders.read(TestFolders.PORTFOLIO));

        HttpResult result = client.evaluate(portfolio.toString());

        assertThat(result.status()).isEqualTo(200);
        assertThat(ids(result.json(), "customerId")).isEqualTo(ids(portfolio, "id")).hasSize(portfolio.size());
    }

    @Test
    void explainsAndTranslatesOnRequest() {
        String profile = TestFolders.read(TestFolders.ONE_CUSTOMER);

        JsonNode explained = client.post("/v1/evaluations?explain=true&lang=nl", ServiceClient.JSON, profile).json();
        JsonNode plain = client.evaluate(profile).json();

        assertThat(explained.get("firedRules")).isNotEmpty();
        assertThat(explained.get("recommendations").get(0).get("model"))
                .isEqualTo(plain.get("recommendations").get(0).get("model"));
        assertThat(explained.get("recommendations").get(0).get("reasons"))
                .isNotEqualTo(plain.get("recommendations").get(0).get("reasons"));
    }

    @Test
    void listsEveryFieldErrorOfEveryProfileByPath() {
        String body = """
                [ {"id": "fine", "azureSubscription": true},
                  {"id": "mistyped", "azureSubscripton": true,
                   "routing": {"asn": "sixty-five thousand"}, "azure": {"sku": "GOLD", "regions": ["westeurope", 5]}},
                  {"id": "impossible",
                   "routing": {"asn": 0, "edgeRouters": -1}, "azure": {"vnetAddressSpaces": ["10.0.0.0"]}} ]""";

        HttpResult result = client.evaluate(body);

        assertThat(result.status()).isEqualTo(400);
        JsonNode error = result.json();
        assertThat(error.get("error").asText()).isEqualTo("INVALID_PROFILE");
        assertThat(error.get("message").asText()).contains("2 of 3 profiles", "nothing was evaluated");
        assertThat(ids(error.get("details"), "field")).containsExactlyInAnyOrder(
                "[1].azureSubscripton", "[1].routing.asn", "[1].azure.sku", "[1].azure.regions[1]",
                "[2].routing.asn", "[2].routing.edgeRouters", "[2].azure.vnetAddressSpaces[0]");
        assertThat(error.get("details").get(0).get("reason").asText()).contains("did you mean 'azureSubscription'");
    }

    @Test
    void reportsTheRangeErrorOfAProfileThatAlsoHasAnUnknownFieldAsTheServiceGuideShows() {
        HttpResult result = client.evaluate("[{\"id\": \"ok\"}, {\"id\": \"b\", \"routing\": {\"asn\": 0}, "
                + "\"azureSubscripton\": true}]");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.json().get("message").asText())
                .isEqualTo("1 of 2 profiles are invalid; nothing was evaluated (2 field errors)");
        assertThat(result.json().get("details").toString()).isEqualTo("[{\"field\":\"[1].azureSubscripton\","
                + "\"reason\":\"unknown field (did you mean 'azureSubscription'?)\"},{\"field\":\"[1].routing.asn\","
                + "\"reason\":\"must be between 1 and 4294967295, got 0\"}]");
        assertThat(TestFolders.read(java.nio.file.Path.of("docs", "service.md")))
                .contains("{\"field\": \"[1].azureSubscripton\", \"reason\": \"unknown field (did you mean 'azureSubscription'?)\"},")
                .contains("{\"field\": \"[1].routing.asn\", \"reason\": \"must be between 1 and 4294967295, got 0\"}]");
    }

    @Test
    void listsEveryFieldErrorOfASingleProfileWithoutIndex() {
        HttpResult result = client.evaluate("{\"id\": \"x\", \"routing\": {\"asn\": 0, \"edgeRouters\": -2}}");

        assertThat(result.status()).isEqualTo(400);
        assertThat(ids(result.json().get("details"), "field"))
                .containsExactlyInAnyOrder("routing.asn", "routing.edgeRouters");
    }

    @Test
    void refusesJsonThatDoesNotParseAndSaysWhere() {
        HttpResult result = client.evaluate("{\"id\": \"x\",\n \"azureSubscription\": tru }");

        assertThat(result.status()).isEqualTo(400);
        JsonNode error = result.json();
        assertThat(error.get("error").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(error.get("details").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(client.evaluate("").json().get("error").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(client.evaluate("42").json().get("message").asText()).contains("got number");
    }

    @Test
    void refusesABodyOverTheLimitWith413() {
        // Announced and not sent: the answer must come from the announcement alone, so nothing races the write.
        try (RawConnection connection = new RawConnection("127.0.0.1", service.port(), java.time.Duration.ofSeconds(90))) {
            connection.send("POST /v1/evaluations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (ServiceSettings.DEFAULT_MAX_BODY_BYTES * 3) + "\r\n\r\n");

            RawConnection.Answer answer = connection.readOne();

            assertThat(answer.status()).isEqualTo(413);
            assertThat(json(answer.body()).get("error").asText()).isEqualTo("BODY_TOO_LARGE");
            assertThat(json(answer.body()).get("message").asText()).contains("1048576");
        }
    }

    @Test
    void answers413ToABodyJustOverTheLimitAfterReadingIt() {
        // Sent whole by an ordinary client: the service reads it before answering, so the client reads the 413
        // rather than a connection reset while it is still writing.
        byte[] body = new byte[(int) ServiceSettings.DEFAULT_MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(body, (byte) ' ');

        HttpResult result = client.post("/v1/evaluations", ServiceClient.JSON, body);

        assertThat(result.status()).isEqualTo(413);
        assertThat(result.json().get("error").asText()).isEqualTo("BODY_TOO_LARGE");
    }

    @Test
    void refusesMoreProfilesThanOneRequestMayWith413() {
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= ServiceLimits.DEFAULT_MAX_PROFILES; i++) {
            many.append(i == 0 ? "" : ",").append("{\"id\":\"c").append(i).append("\"}");
        }

        HttpResult result = client.evaluate(many.append(']').toString());

        assertThat(result.status()).isEqualTo(413);
        assertThat(result.json().get("error").asText()).isEqualTo("TOO_MANY_PROFILES");
        assertThat(result.json().get("message").asText()).contains("1001 profiles", "at most 1000");
    }

    @Test
    void refusesABodyWithMoreThanOneJsonValue() {
        HttpResult garbage = client.evaluate("{\"id\": \"c\"} garbage");
        HttpResult two = client.evaluate("{\"id\": \"a\"}{\"id\": \"b\"}");

        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.json().get("error").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(two.status()).isEqualTo(400);
        assertThat(two.json().get("message").asText()).contains("more after its first JSON value");
    }

    @Test
    void refusesAKeyGivenTwiceAndNamesIt() {
        HttpResult result = client.evaluate("{\"id\": \"a\", \"azureSubscription\": true, \"azureSubscription\": false}");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.json().get("error").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(result.json().get("message").asText()).contains("\"azureSubscription\"");
    }

    @Test
    void refusesAPrefixLengthBeyondTheAddressSizeWith400() {
        HttpResult result = client.evaluate(
                "{\"id\": \"p\", \"azure\": {\"vnetAddressSpaces\": [\"10.0.0.0/2147483648\"]}}");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.json().get("error").asText()).isEqualTo("INVALID_PROFILE");
    }

    @Test
    void refusesAMalformedChunkSizeWith400() {
        try (RawConnection connection = new RawConnection("127.0.0.1", service.port(), java.time.Duration.ofSeconds(90))) {
            connection.send("POST /v1/evaluations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");

            RawConnection.Answer answer = connection.readToEnd();

            assertThat(answer.status()).isEqualTo(400);
            assertThat(json(answer.body()).get("error").asText()).isEqualTo("BAD_REQUEST");
        }
    }

    @Test
    void refusesContentTypesWithBrokenParametersAsTheClientsFault() {
        String profile = TestFolders.read(TestFolders.ONE_CUSTOMER);

        HttpResult noValue = client.post("/v1/evaluations", "application/json; charset", profile);
        HttpResult semicolons = client.post("/v1/evaluations", "application/json;;;", profile);

        assertThat(noValue.status()).isEqualTo(415);
        assertThat(noValue.json().get("error").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(noValue.json().get("message").asText()).contains("not name=value");
        assertThat(semicolons.status()).isEqualTo(415);
    }

    @Test
    void refusesAnUnannouncedBodyOverTheLimitWhileReadingIt() {
        byte[] body = new byte[(int) ServiceSettings.DEFAULT_MAX_BODY_BYTES + 10];
        java.util.Arrays.fill(body, (byte) ' ');
        // A stream publisher of unknown length makes the client send the body chunked, without Content-Length.
        HttpRequest.Builder request = HttpRequest.newBuilder(client.uri("/v1/evaluations"))
                .header("Content-Type", ServiceClient.JSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));

        HttpResult result = client.send(request);

        assertThat(result.status()).isEqualTo(413);
        assertThat(result.json().get("error").asText()).isEqualTo("BODY_TOO_LARGE");
    }

    @Test
    void refusesOtherMediaTypesWith415() {
        String profile = TestFolders.read(TestFolders.ONE_CUSTOMER);

        assertThat(client.post("/v1/evaluations", "text/plain", profile).status()).isEqualTo(415);
        assertThat(client.post("/v1/evaluations", null, profile).json().get("error").asText())
                .isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(client.post("/v1/evaluations", "application/json; charset=ISO-8859-1", profile).status())
                .isEqualTo(415);
        assertThat(client.post("/v1/evaluations", "application/json; charset=utf-8", profile).status())
                .isEqualTo(200);
    }

    @Test
    void refusesUnknownQueryValues() {
        HttpResult result = client.post("/v1/evaluations?lang=fr", ServiceClient.JSON,
                TestFolders.read(TestFolders.ONE_CUSTOMER));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.json().get("error").asText()).isEqualTo("INVALID_PARAMETER");
        assertThat(result.json().get("details").get(0).get("field").asText()).isEqualTo("lang");
        assertThat(result.json().get("message").asText()).contains("expected one of en, nl");
    }

    @Test
    void answersUnknownPathsWith404AndWrongMethodsWith405() {
        HttpResult missing = client.get("/v1/evaluation");
        HttpResult wrongMethod = client.get("/v1/evaluations");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).isEqualTo("NOT_FOUND");
        assertThat(missing.json().get("message").asText()).contains("/v1/evaluation");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).contains("POST");
    }

    @Test
    void describesTheRuleSetInService() {
        JsonNode rules = client.get("/v1/rules").json();

        assertThat(rules.get("version").asText()).startsWith("sha256:");
        assertThat(rules.get("rules").asInt()).isPositive()
                .isEqualTo(rulesIn(client.evaluate(TestFolders.read(TestFolders.ONE_CUSTOMER)).json()));
        assertThat(ids(rules.get("files"), null)).contains("gap-codes.csv", "messages/advice.properties")
                .anySatisfy(file -> assertThat(file).endsWith(".drl"))
                .noneSatisfy(file -> assertThat(file).startsWith("scenarios/"));
        assertThat(rules.get("loadedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void refusesReloadWithoutTheAdminToken() {
        HttpResult none = client.reload(null);
        HttpResult wrong = client.reload("not-" + TOKEN);

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(none.json().get("error").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("message").asText()).contains("not valid");
    }

    @Test
    void reloadsWithTheAdminTokenAndFindsNothingChanged() {
        HttpResult result = client.reload(TOKEN);

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("outcome").asText()).isEqualTo("UNCHANGED");
        assertThat(result.json().get("ruleSet").get("version").asText())
                .isEqualTo(result.json().get("previousVersion").asText());
    }

    @Test
    void reportsLivenessAndReadiness() {
        HttpResult health = client.get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        assertThat(health.json().get("ready").asBoolean()).isTrue();
        assertThat(health.json().get("ruleSet").get("version").asText()).startsWith("sha256:");
        assertThat(client.get("/health/live").status()).isEqualTo(200);
        assertThat(client.get("/health/ready").json().get("ready").asBoolean()).isTrue();
    }

    @Test
    void exposesPrometheusMetricsWithTheRuleSetVersion() {
        client.evaluate(TestFolders.read(TestFolders.ONE_CUSTOMER));
        client.evaluate("{\"id\": \"x\", \"unknown\": 1}");
        String version = client.get("/v1/rules").json().get("version").asText();

        HttpResult metrics = client.get("/metrics");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("advisor_http_requests_seconds_bucket{method=\"POST\",route=\"/v1/evaluations\",status=\"200\"")
                .containsPattern("advisor_evaluations_seconds_count\\{readiness=\"\\w+\",rule_set_version=\""
                        + java.util.regex.Pattern.quote(version) + "\"} [1-9]")
                .containsPattern("advisor_rejects_total\\{reason=\"INVALID_PROFILE\"} [1-9]")
                .contains("advisor_rule_set_info{version=\"" + version + "\"} 1")
                .contains("advisor_rule_reloads_total{outcome=\"RELOADED\",trigger=\"STARTUP\"} 1")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void histogramsHaveTheBucketsTheServiceGuideListsAndTheScrapeStaysSmall() {
        String profile = TestFolders.read(TestFolders.ONE_CUSTOMER);
        for (int i = 0; i < 20; i++) {
            client.evaluate(profile);
            client.evaluate("{\"id\": \"x" + i + "\", \"unknown\": 1}");
            client.get("/health");
            client.get("/v1/rules");
            client.get("/nowhere-" + i);
        }

        String metrics = client.get("/metrics").body();

        java.util.Map<String, List<Double>> edges = new java.util.TreeMap<>();
        java.util.regex.Matcher bucket = java.util.regex.Pattern
                .compile("(?m)^(advisor_\\w+_seconds)_bucket\\{(.*?)le=\"([^\"]+)\"")
                .matcher(metrics);
        while (bucket.find()) {
            edges.computeIfAbsent(bucket.group(1) + '{' + bucket.group(2), k -> new ArrayList<>())
                    .add(bucket.group(3).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bucket.group(3)));
        }
        List<Double> documented = new ArrayList<>(documentedBuckets());
        documented.add(Double.POSITIVE_INFINITY);
        assertThat(edges).isNotEmpty()
                .allSatisfy((series, les) -> assertThat(les).as(series).isEqualTo(documented));
        assertThat(documented).hasSize(ServiceMetrics.BUCKETS.size() + 1);
        // Each series is its buckets, _count and _sum: a scrape grows by that per route × status, not by ~95.
        assertThat(metrics.lines().count()).as("lines of the scrape for %d histogram series", edges.size())
                .isLessThan(150 + 25L * edges.size()).isLessThan(1_000);
    }

    /** The bucket edges docs/service.md lists, in seconds. */
    private static List<Double> documentedBuckets() {
        String guide = TestFolders.read(java.nio.file.Path.of("docs", "service.md"));
        int from = guide.indexOf("buckets, in seconds:");
        assertThat(from).as("docs/service.md lists the histogram buckets").isPositive();
        String list = guide.substring(from, guide.indexOf("(and `+Inf`)", from));
        List<Double> buckets = new ArrayList<>();
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("`([0-9.]+)`").matcher(list);
        while (number.find()) {
            buckets.add(Double.parseDouble(number.group(1)));
        }
        return buckets;
    }

    @Test
    void labelsRequestMetersFromAClosedSetWhateverTheMethodOrPath() {
        for (int i = 0; i < 3; i++) {
            client.send(HttpRequest.newBuilder(client.uri("/v1/evaluations")).method("BREW" + i,
                    HttpRequest.BodyPublishers.noBody()));
            client.get("/made-up-" + i);
        }

        String metrics = client.get("/metrics").body();

        assertThat(metrics).doesNotContain("BREW", "made-up-")
                .contains("method=\"OTHER\"")
                .contains("route=\"unmatched\"");
    }

    @Test
    void servesTheOpenApiDescriptionKeptInDocs() {
        HttpResult openApi = client.get("/openapi.json");

        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json()).isEqualTo(json(TestFolders.read(java.nio.file.Path.of("docs", "openapi.json"))));
        JsonNode paths = openApi.json().get("paths");
        assertThat(paths.get("/v1/evaluations").has("post")).isTrue();
        assertThat(paths.get("/v1/rules").has("get")).isTrue();
        assertThat(paths.get("/v1/rules/reload").has("post")).isTrue();
        for (String get : List.of("/health", "/health/live", "/health/ready", "/metrics", "/openapi.json")) {
            assertThat(paths.get(get).has("get")).as(get).isTrue();
        }
    }

    @Test
    void echoesASafeRequestIdOrMakesOne() {
        HttpResult given = client.send(HttpRequest.newBuilder(client.uri("/health")).header("X-Request-Id", "abc-123"));
        HttpResult unsafe = client.send(HttpRequest.newBuilder(client.uri("/nowhere"))
                .header("X-Request-Id", "<script>"));

        assertThat(given.header("X-Request-Id")).isEqualTo("abc-123");
        assertThat(unsafe.header("X-Request-Id")).isNotEqualTo("<script>").isNotBlank();
        assertThat(unsafe.json().get("requestId").asText()).isEqualTo(unsafe.header("X-Request-Id"));
    }

    @Test
    void answersAMalformedHttpRequestInTheSameJsonShape() throws Exception {
        String answer;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", service.port())) {
            socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: x\r\nNot a header\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(answer).startsWith("HTTP/1.1 400").contains("Content-Type: application/json");
        JsonNode body = json(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertThat(body.get("error").asText()).isEqualTo("BAD_REQUEST");
        assertThat(body.get("details").isArray()).isTrue();
    }

    private static int rulesIn(JsonNode evaluation) {
        return evaluation.get("ruleSet").get("rules").asInt();
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        StreamSupport.stream(array.spliterator(), false)
                .forEach(node -> ids.add(field == null ? node.asText() : node.get(field).asText()));
        return ids;
    }

    private static JsonNode json(String text) {
        try {
            return com.expressrouteadvisor.report.Json.mapper().readTree(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
