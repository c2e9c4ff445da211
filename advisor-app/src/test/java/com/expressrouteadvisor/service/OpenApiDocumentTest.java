package com.expressrouteadvisor.service;

import com.expressrouteadvisor.profile.CustomerProfile;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/openapi.json is a valid OpenAPI document that documents every status the service answers with and
 * every field of the profile.
 */
class OpenApiDocumentTest {

    private static final Path DOCUMENT = Path.of("docs", "openapi.json");

    @Test
    void isAValidOpenApiDocument() {
        SwaggerParseResult result = parse();

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
    }

    @Test
    void documentsTheStatusesOfEachEndpoint() {
        OpenAPI api = parse().getOpenAPI();

        assertThat(statuses(api.getPaths().get("/v1/evaluations").getPost()))
                .containsAll(Set.of("200", "400", "401", "408", "413", "415", "500", "503"));
        assertThat(statuses(api.getPaths().get("/v1/rules").getGet())).containsAll(Set.of("200", "401"));
        assertThat(statuses(api.getPaths().get("/metrics").getGet())).containsAll(Set.of("200", "401"));
        assertThat(statuses(api.getPaths().get("/v1/rules/reload").getPost()))
                .containsAll(Set.of("200", "401", "422"));
        assertThat(statuses(api.getPaths().get("/health").getGet())).containsAll(Set.of("200", "503"));
    }

    @Test
    void listsEveryErrorCodeTheServiceUses() {
        OpenAPI api = parse().getOpenAPI();

        Schema<?> error = (Schema<?>) api.getComponents().getSchemas().get("Error").getProperties().get("error");
        Set<String> documented = new TreeSet<>();
        error.getEnum().forEach(code -> documented.add(code.toString()));
        Set<String> used = new TreeSet<>();
        Arrays.stream(ErrorCode.values()).forEach(code -> used.add(code.name()));

        assertThat(documented).isEqualTo(used);
    }

    @Test
    void describesEveryProfileFieldAndNoOther() throws java.io.IOException {
        com.fasterxml.jackson.databind.JsonNode profile = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(DOCUMENT.toFile()).at("/components/schemas/CustomerProfile");

        assertThat(documentedFields(profile, "")).isEqualTo(fieldsOf(CustomerProfile.class, ""));
    }

    /** Dotted paths of the schema's properties, objects (a null-or-object {@code oneOf}) opened up. */
    private static Set<String> documentedFields(com.fasterxml.jackson.databind.JsonNode schema, String prefix) {
        Set<String> fields = new TreeSet<>();
        schema.get("properties").fields().forEachRemaining(property -> {
            String path = prefix + property.getKey();
            com.fasterxml.jackson.databind.JsonNode object = null;
            for (com.fasterxml.jackson.databind.JsonNode choice : property.getValue().path("oneOf")) {
                if ("object".equals(choice.path("type").asText())) {
                    object = choice;
                }
            }
            if (object != null) {
                fields.addAll(documentedFields(object, path + "."));
            } else {
                fields.add(path);
            }
        });
        return fields;
    }

    private static Set<String> fieldsOf(Class<?> record, String prefix) {
        Set<String> fields = new TreeSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
            String path = prefix + (renamed != null ? renamed.value() : component.getName());
            if (component.getType().isRecord()) {
                fields.addAll(fieldsOf(component.getType(), path + "."));
            } else {
                fields.add(path);
            }
        }
        return fields;
    }

    private static Set<String> statuses(Operation operation) {
        return operation.getResponses().keySet();
    }

    private static SwaggerParseResult parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readLocation(DOCUMENT.toUri().toString(), null, options);
    }
}
