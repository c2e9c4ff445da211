package com.expressrouteadvisor.service;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/openapi.json is a valid OpenAPI document that documents every status the service answers with. */
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

    private static Set<String> statuses(Operation operation) {
        return operation.getResponses().keySet();
    }

    private static SwaggerParseResult parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readLocation(DOCUMENT.toUri().toString(), null, options);
    }
}
