package com.expressrouteadvisor.service;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's real answers, good and bad, checked against the schemas docs/openapi.json gives for their path,
 * method and status, by a strict JSON Schema 2020-12 validator (the dialect of OpenAPI 3.1): what a client
 * generated from the document, or a contract test on the integrator's side, would see.
 */
class OpenApiAnswersHttpTest {

    private static final String TOKEN = "conformance-admin-token";
    private static final String DOCUMENT_IRI = "https://expressroute-advisor.invalid/openapi.json";

    @TempDir
    static Path folder;
    private static Path rules;
    private static DecisionService service;
    private static ServiceClient client;
    private static SchemaRegistry schemas;

    @BeforeAll
    static void start() {
        rules = TestFolders.copyOfRules(folder.resolve("rules"));
        service = DecisionService.start(ServiceSettings.defaults(rules, TestFolders.REFERENCE)
                .withListener("127.0.0.1", 0)
                .withAdminToken(AdminToken.of(TOKEN)));
        client = new ServiceClient(service.port());
        String document = TestFolders.read(Path.of("docs", "openapi.json"));
        schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(DOCUMENT_IRI, document)));
    }

    @AfterAll
    static void stop() {
        service.stop();
    }

    @Test
    void evaluationsAnswerAsDocumented() {
        String one = TestFolders.read(TestFolders.ONE_CUSTOMER);

        assertConforms("POST", "/v1/evaluations", 200, client.evaluate(one));
        assertConforms("POST", "/v1/evaluations", 200, client.evaluate(TestFolders.read(TestFolders.PORTFOLIO)));
        assertConforms("POST", "/v1/evaluations", 200,
                client.post("/v1/evaluations?explain=true&lang=nl", ServiceClient.JSON, one));
        assertConforms("POST", "/v1/evaluations", 200, client.evaluate("{\"id\": \"nothing-known\"}"));
    }

    @Test
    void fieldErrorsAnswerAsDocumented() {
        HttpResult result = client.evaluate("""
                [ {"id": "fine"},
                  {"id": "mistyped", "azureSubscripton": true, "routing": {"asn": 0},
                   "azure": {"sku": "GOLD", "regions": ["westeurope", 5]}} ]""");

        assertConforms("POST", "/v1/evaluations", 400, result);
        assertThat(result.json().get("error").asText()).isEqualTo("INVALID_PROFILE");
        assertConforms("POST", "/v1/evaluations", 400,
                client.post("/v1/evaluations?lang=fr", ServiceClient.JSON, "{\"id\": \"x\"}"));
    }

    @Test
    void malformedBodiesAnswerAsDocumented() {
        HttpResult syntax = client.evaluate("{\"id\": \"x\",\n \"azureSubscription\": tru }");

        assertConforms("POST", "/v1/evaluations", 400, syntax);
        assertThat(syntax.json().get("details").get(0).has("line")).isTrue();
        assertConforms("POST", "/v1/evaluations", 400, client.evaluate(""));
    }

    @Test
    void refusalsOfSizeAndMediaTypeAnswerAsDocumented() {
        byte[] tooLarge = new byte[(int) ServiceSettings.DEFAULT_MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(tooLarge, (byte) ' ');
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= ServiceLimits.DEFAULT_MAX_PROFILES; i++) {
            many.append(i == 0 ? "" : ",").append("{\"id\":\"c").append(i).append("\"}");
        }

        assertConforms("POST", "/v1/evaluations", 413, client.post("/v1/evaluations", ServiceClient.JSON, tooLarge));
        assertConforms("POST", "/v1/evaluations", 413, client.evaluate(many.append(']').toString()));
        assertConforms("POST", "/v1/evaluations", 415,
                client.post("/v1/evaluations", "text/plain", TestFolders.read(TestFolders.ONE_CUSTOMER)));
    }

    @Test
    void theRuleSetAndItsReloadsAnswerAsDocumented() throws Exception {
        assertConforms("GET", "/v1/rules", 200, client.get("/v1/rules"));
        assertConforms("POST", "/v1/rules/reload", 401, client.reload(null));
        assertConforms("POST", "/v1/rules/reload", 200, client.reload(TOKEN));

        Path broken = rules.resolve("broken.drl");
        Files.writeString(broken, "package expressroute;\nrule \"typo\"\nwhen\n    Customr( )\nthen\nend\n");
        try {
            assertConforms("POST", "/v1/rules/reload", 422, client.reload(TOKEN));
            assertConforms("GET", "/v1/rules", 200, client.get("/v1/rules"));
        } finally {
            Files.delete(broken);
        }
    }

    @Test
    void probesTheMetricsAndTheDescriptionAnswerAsDocumented() {
        for (String probe : List.of("/health", "/health/live", "/health/ready")) {
            assertConforms("GET", probe, 200, client.get(probe));
        }
        assertConforms("GET", "/openapi.json", 200, client.get("/openapi.json"));
        HttpResult metrics = client.get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
    }

    @Test
    void answersOutsideTheDocumentedPathsStillHaveTheErrorShape() {
        List<String> problems = validate(client.get("/v1/nowhere"), "#/components/schemas/Error");

        assertThat(problems).isEmpty();
    }

    private static void assertConforms(String method, String path, int status, HttpResult result) {
        assertThat(result.status()).as("%s %s: %s", method, path, result.body()).isEqualTo(status);
        String pointer = "#/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method.toLowerCase()
                + "/responses/" + status + "/content/application~1json/schema";
        assertThat(validate(result, pointer)).as("%s %s answered %d, not as docs/openapi.json says:%n%s",
                method, path, status, result.body()).isEmpty();
    }

    private static List<String> validate(HttpResult result, String pointer) {
        Schema schema = schemas.getSchema(SchemaLocation.of(DOCUMENT_IRI + pointer));
        return schema.validate(result.json()).stream().map(Object::toString).toList();
    }
}
