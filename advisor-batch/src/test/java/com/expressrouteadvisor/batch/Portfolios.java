package com.expressrouteadvisor.batch;

import com.expressrouteadvisor.report.Json;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Generated profiles for tests: the project's own reference data, a fixed seed. */
public final class Portfolios {

    public static final Path REFERENCE = Path.of("facts", "reference");
    public static final Path RULES = Path.of("rules");

    private Portfolios() {
    }

    public static List<String> ndjsonLines(int count, long seed) {
        SyntheticPortfolio portfolio = new SyntheticPortfolio(REFERENCE, 0);
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            try {
                lines.add(Json.mapper().writeValueAsString(portfolio.profile(seed, i)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return lines;
    }
}
