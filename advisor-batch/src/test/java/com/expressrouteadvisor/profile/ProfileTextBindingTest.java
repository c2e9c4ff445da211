package com.expressrouteadvisor.profile;

import com.expressrouteadvisor.batch.Portfolios;
import com.expressrouteadvisor.batch.SyntheticPortfolio;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading a record's text (the fast path of {@code parse(String)} and {@code parseValid}) reaches exactly what the
 * tree walk reaches: the same profile for a valid record, the walk's errors for any other, and {@code parseValid}
 * gives a profile exactly when the record is valid.
 */
class ProfileTextBindingTest {

    /** Every field of profile version 2, all valid; numbers beyond an int where the field is a long. */
    private static final String RICH = """
            {"id":"rich-1","name":"Rich Profile B.V.","azureSubscription":true,
             "connectivity":{"colocatedAtCloudExchange":true,"cloudExchangeProvider":"Equinix","hasMplsWan":true,
               "wanProvider":"KPN","needsPointToPoint":false,"ethernetProvider":"Colt","peeringLocation":"Amsterdam",
               "bandwidthMbps":1000,"billing":"METERED"},
             "routing":{"bgpCapable":true,"asn":4200000000,"edgeRouters":2,"privatePrefixes":160,"microsoftPrefixes":8,
               "privatePrefixesIpv6":10,"advertisesDefaultRoute":false,"bfdEnabled":true,"firstHopRedundancy":"BGP",
               "microsoftPrefixesAlsoOnInternet":false},
             "peerings":{"private":{"enabled":true,"subnets":["192.168.10.0/30","192.168.10.4/30"]},
               "microsoft":{"enabled":true,"subnets":["203.0.113.32/30","2001:db8::/126"],"natPlanned":true,
                 "natPoolPublic":true,"publicPrefixesOwned":true},
               "azurePublic":{"enabled":false}},
             "azure":{"regions":["westeurope","northeurope"],"vnetAddressSpaces":["10.1.0.0/16","10.2.0.0/16"],
               "vnetLinks":5,"sku":"Premium","cloud":"azure","gateway":{"sku":"ErGw2AZ","scaleUnits":2,
               "zoneRedundant":true,"subnetPrefixLength":27,"circuitsPerVnet":2,"fastPath":false,
               "privateEndpointsOverFastPath":false},"prefixesAdvertisedToOnPremises":200},
             "workloads":{"microsoft365":true,"microsoft365Authorized":true,"dynamics365":false,"realtimeMedia":true,
               "dscpMarking":true},
             "resilience":{"circuits":2,"peeringLocations":2,"metro":false,"production":true,
               "peeringLocationNames":["Amsterdam","London"]},
             "security":{"encryptionRequired":true,"encryption":"MACSEC"},
             "interconnect":{"globalReach":true,"vpnBackup":true,"vpnExpressRouteTransit":false},
             "existingCircuit":{"bandwidthMbps":500,"sku":"STANDARD","billing":"unlimited"}}
            """;
    private static final String MARK = "@@mutation@@";
    private static final List<String> REPLACEMENTS = List.of("null", "true", "false", "1", "0", "-1", "1.5", "1.0",
            "1e3", "2147483647", "2147483648", "-2147483649", "4294967296", "9223372036854775808", "\"x\"", "\"\"",
            "\" \"", "\"1\"", "\"true\"", "[]", "{}", "[null]", "[\"x\"]", "[1]", "[[]]", "[{}]",
            "[\"10.0.0.0/8\"]", "{\"enabled\":true}");

    private final ProfileParser parser = new ProfileParser();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everySampleProfileReadsAsItsTree() throws Exception {
        JsonNode samples = json.readTree(Path.of("facts/samples/portfolio.json").toFile());
        assertThat(samples.size()).isPositive();
        SoftAssertions softly = new SoftAssertions();
        for (JsonNode sample : samples) {
            ParsedProfile compact = sameAsTheWalk(json.writeValueAsString(sample), softly);
            ParsedProfile pretty = sameAsTheWalk(json.writerWithDefaultPrettyPrinter().writeValueAsString(sample),
                    softly);
            softly.assertThat(compact).isEqualTo(pretty);
        }
        softly.assertAll();
    }

    @Test
    void everyGeneratedProfileReadsAsItsTree() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        int valid = 0;
        for (String line : Portfolios.ndjsonLines(2000, 7)) {
            valid += sameAsTheWalk(line, softly).isValid() ? 1 : 0;
        }
        SyntheticPortfolio broken = new SyntheticPortfolio(Portfolios.REFERENCE, 30);
        for (int i = 0; i < 1000; i++) {
            sameAsTheWalk(json.writeValueAsString(broken.profile(11, i)), softly);
        }
        softly.assertAll();
        assertThat(valid).isEqualTo(2000);
    }

    @Test
    void everyFieldWithEveryWrongOrRightValueReadsAsTheWalkReadsIt() throws Exception {
        ObjectNode rich = (ObjectNode) json.readTree(RICH);
        assertThat(parser.parse(RICH).errors()).isEmpty();
        SoftAssertions softly = new SoftAssertions();
        int valid = 0;
        int invalid = 0;
        for (List<Object> path : paths(rich, new ArrayList<>())) {
            List<String> values = new ArrayList<>(REPLACEMENTS);
            if (at(rich, path).isTextual()) {
                values.addAll(enumSpellings());
            }
            for (String value : values) {
                ObjectNode mutated = rich.deepCopy();
                set(mutated, path, TextNode.valueOf(MARK));
                String text = json.writeValueAsString(mutated).replace("\"" + MARK + "\"", value);
                if (sameAsTheWalk(text, softly).isValid()) {
                    valid++;
                } else {
                    invalid++;
                }
            }
        }
        softly.assertAll();
        assertThat(valid).isGreaterThan(100);
        assertThat(invalid).isGreaterThan(1000);
    }

    @Test
    void anUnknownKeyBesideAnyFieldIsTheWalksError() throws Exception {
        ObjectNode rich = (ObjectNode) json.readTree(RICH);
        SoftAssertions softly = new SoftAssertions();
        List<List<Object>> objects = new ArrayList<>();
        objects.add(List.of());
        for (List<Object> path : paths(rich, new ArrayList<>())) {
            if (at(rich, path).isObject()) {
                objects.add(path);
            }
        }
        for (List<Object> path : objects) {
            for (String unknown : List.of("unknownSibling", "ID", "privatePeering", "Enabled", "")) {
                ObjectNode mutated = rich.deepCopy();
                ObjectNode object = (ObjectNode) at(mutated, path);
                if (!object.has(unknown)) {
                    object.putNull(unknown);
                    ParsedProfile parsed = sameAsTheWalk(json.writeValueAsString(mutated), softly);
                    softly.assertThat(parsed.errors()).as("%s beside %s", unknown, path)
                            .anySatisfy(e -> assertThat(e.reason()).startsWith("unknown field"));
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void aKeyGivenTwiceAnywhereIsAnErrorNamingItsPath() throws Exception {
        ObjectNode rich = (ObjectNode) json.readTree(RICH);
        SoftAssertions softly = new SoftAssertions();
        for (List<Object> path : paths(rich, new ArrayList<>())) {
            if (!(path.get(path.size() - 1) instanceof String key)) {
                continue;
            }
            String original = json.writeValueAsString(at(rich, path));
            ObjectNode mutated = rich.deepCopy();
            set(mutated, path, TextNode.valueOf(MARK));
            String text = json.writeValueAsString(mutated).replace(
                    "\"" + key + "\":\"" + MARK + "\"", "\"" + key + "\":" + original + ",\"" + key + "\":" + original);
            String dotted = String.join(".", path.stream().map(Object::toString).toList());

            ParsedProfile parsed = parser.parse(text);

            softly.assertThat(parsed.errors()).as(text).extracting(FieldError::field).containsExactly(dotted);
            softly.assertThat(parsed.errors()).as(text).allSatisfy(e -> assertThat(e.reason()).contains("given twice"));
            softly.assertThat(fast(text)).as(text).isEmpty();
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {" x", "{}", " 1", "]", "}", ",", " null", "\n{\"id\":\"second\"}", "//"})
    void textAfterTheRecordIsMalformed(String after) {
        String text = RICH.strip() + after;

        assertThatThrownBy(() -> parser.parse(text)).isInstanceOf(MalformedJsonException.class);
        assertThat(fast(text)).isEmpty();
    }

    @Test
    void whitespaceAroundTheRecordIsNothing() throws Exception {
        String text = " \n\t" + RICH + "\r\n  \n";

        ParsedProfile parsed = parser.parse(text);

        assertThat(parsed.isValid()).isTrue();
        assertThat(parsed).isEqualTo(parser.parse(StrictJson.read(text)));
        assertThat(fast(text)).contains(parsed.profile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[%s]", "[%s,%s]", "[]", "null", "\"rich-1\"", "1", "true"})
    void aRecordThatIsNotOneObjectIsTheWalksError(String shape) throws Exception {
        String text = shape.replace("%s", RICH.strip());

        ParsedProfile parsed = parser.parse(text);

        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed).isEqualTo(parser.parse(json.readTree(text)));
        assertThat(fast(text)).isEmpty();
    }

    /** A field of an enum type, in a record of its own (the id aside). */
    private record EnumField(String record, Class<? extends Enum<?>> type, Function<CustomerProfile, Object> value) {

        String with(String json) {
            return ("{'id':'e'," + record.substring(1)).replace('\'', '"').formatted(json);
        }
    }

    @Test
    void enumValuesAreReadAsTheirCreatorsReadThem() throws Exception {
        List<EnumField> fields = List.of(
                new EnumField("{'connectivity':{'billing':%s}}", Billing.class, p -> p.connectivity().billing()),
                new EnumField("{'azure':{'sku':%s}}", Sku.class, p -> p.azure().sku()),
                new EnumField("{'azure':{'cloud':%s}}", AzureCloud.class, p -> p.azure().cloud()),
                new EnumField("{'azure':{'gateway':{'sku':%s}}}", GatewaySku.class, p -> p.azure().gateway().sku()),
                new EnumField("{'routing':{'firstHopRedundancy':%s}}", FirstHopRedundancy.class,
                        p -> p.routing().firstHopRedundancy()),
                new EnumField("{'security':{'encryption':%s}}", Encryption.class, p -> p.security().encryption()),
                new EnumField("{'existingCircuit':{'sku':%s}}", Sku.class, p -> p.existingCircuit().sku()),
                new EnumField("{'existingCircuit':{'billing':%s}}", Billing.class,
                        p -> p.existingCircuit().billing()));
        SoftAssertions softly = new SoftAssertions();
        for (EnumField field : fields) {
            for (String spelling : enumSpellings()) {
                sameAsTheWalk(field.with(spelling), softly);
            }
            for (Enum<?> constant : field.type().getEnumConstants()) {
                for (String spelling : spellings(constant)) {
                    ParsedProfile parsed = sameAsTheWalk(field.with(spelling), softly);
                    softly.assertThat(parsed.isValid() ? field.value().apply(parsed.profile()) : parsed.errors())
                            .as(field.with(spelling)).isEqualTo(constant);
                }
            }
        }
        softly.assertAll();
    }

    /**
     * Parses the text both ways and through {@code parseValid}, noting any difference; the text's outcome. The
     * bytes given to {@code parseValid} sit inside a larger buffer, as a request body does.
     */
    private ParsedProfile sameAsTheWalk(String text, SoftAssertions softly) throws Exception {
        ParsedProfile viaText = parser.parse(text);
        ParsedProfile viaWalk = parser.parse(StrictJson.read(text));
        softly.assertThat(viaText).as(text).isEqualTo(viaWalk);
        boolean plain = text.chars().allMatch(c -> c < 0x80) && !text.contains("\\u");
        softly.assertThat(fast(text)).as(text)
                .isEqualTo(plain && viaText.isValid() ? Optional.of(viaText.profile()) : Optional.empty());
        return viaText;
    }

    private Optional<CustomerProfile> fast(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] body = ("[\"" + text + "\"]").getBytes(StandardCharsets.UTF_8);
        return parser.parseValid(body, 2, utf8.length);
    }

    /** Each enum constant in the spellings of {@link #spellings(Enum)}, and two texts that name none. */
    private static List<String> enumSpellings() {
        List<String> spellings = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(Sku.class, GatewaySku.class, Billing.class, AzureCloud.class,
                FirstHopRedundancy.class, Encryption.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                spellings.addAll(spellings(constant));
            }
        }
        spellings.add("\"GOLD\"");
        spellings.add("\"\"");
        return spellings;
    }

    /** A constant as JSON strings: as named, in lower case with hyphens, with spaces, and run together. */
    private static List<String> spellings(Enum<?> constant) {
        String name = constant.name();
        return List.of("\"" + name + "\"", "\"" + name.toLowerCase(Locale.ROOT).replace('_', '-') + "\"",
                "\"" + name.replace("_", " ") + "\"", "\"" + name.replace("_", "") + "\"");
    }

    /** The path of every value inside the node: field names and list indexes. */
    private static List<List<Object>> paths(JsonNode node, List<Object> prefix) {
        List<List<Object>> paths = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                List<Object> path = new ArrayList<>(prefix);
                path.add(field.getKey());
                paths.add(path);
                paths.addAll(paths(field.getValue(), path));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> path = new ArrayList<>(prefix);
                path.add(i);
                paths.add(path);
                paths.addAll(paths(node.get(i), path));
            }
        }
        return paths;
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof String key ? node.get(key) : node.get((Integer) step);
        }
        return node;
    }

    private static void set(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode parent = at(root, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (last instanceof String key) {
            ((ObjectNode) parent).set(key, value);
        } else {
            ((ArrayNode) parent).set((Integer) last, value);
        }
    }
}
