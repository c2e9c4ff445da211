package com.expressrouteadvisor.rules;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.GapFinding;
import com.expressrouteadvisor.advice.OpenQuestion;
import com.expressrouteadvisor.batch.SyntheticPortfolio;
import com.expressrouteadvisor.profile.ParsedProfile;
import com.expressrouteadvisor.profile.ProfileParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A version 1 profile, which says nothing about the sections profile version 2 added, gets no question about
 * them and no gap that only version 2 facts can raise (docs/authoring.md, "When to ask about a version 2 field").
 */
@ExtendWith(AdvisorExtension.class)
class Version2QuestionsTest {

    private static final List<String> VERSION_2_SECTIONS = List.of("azure.cloud", "azure.gateway.",
            "azure.prefixesAdvertisedToOnPremises", "interconnect.", "existingCircuit.", "security.encryption",
            "resilience.peeringLocationNames", "connectivity.billing", "routing.privatePrefixesIpv6",
            "routing.advertisesDefaultRoute", "routing.bfdEnabled", "routing.firstHopRedundancy",
            "routing.microsoftPrefixesAlsoOnInternet");
    private static final Set<String> VERSION_2_ONLY_GAPS = Set.of("GATEWAY_THROUGHPUT_BELOW_CIRCUIT",
            "GATEWAY_NOT_ZONE_REDUNDANT", "GATEWAY_SUBNET_TOO_SMALL", "GATEWAY_CIRCUIT_LIMIT_EXCEEDED",
            "FASTPATH_GATEWAY_SKU", "FASTPATH_FEATURE_NEEDS_DIRECT", "AZURE_ROUTE_LIMIT_EXCEEDED");

    private final Scenarios scenarios;
    private final ProfileParser parser = new ProfileParser();

    Version2QuestionsTest(Scenarios scenarios) {
        this.scenarios = scenarios;
    }

    @Test
    void version1ProfilesGetNoQuestionOrGapAboutTheVersion2Sections() throws IOException {
        List<JsonNode> profiles = new ArrayList<>();
        new ObjectMapper().readTree(Path.of("facts", "samples", "portfolio.json").toFile()).forEach(profiles::add);
        SyntheticPortfolio generated = new SyntheticPortfolio(AdvisorExtension.REFERENCE, 0);
        for (long i = 0; i < 300; i++) {
            profiles.add(generated.profile(7, i));
        }
        int version1 = 0;
        for (JsonNode profile : profiles) {
            if (usesVersion2(profile)) {
                continue;
            }
            version1++;
            ParsedProfile parsed = parser.parse(profile);
            assertThat(parsed.errors()).as(parsed.id()).isEmpty();
            Evaluation result = scenarios.advisor().evaluate(parsed.profile());

            assertThat(result.questions()).extracting(OpenQuestion::field).as(parsed.id())
                    .noneMatch(Version2QuestionsTest::inVersion2Section);
            assertThat(result.gaps()).extracting(GapFinding::code).as(parsed.id())
                    .noneMatch(VERSION_2_ONLY_GAPS::contains);
        }
        assertThat(version1).as("version 1 profiles checked").isGreaterThan(300);
    }

    /** A path of a version 2 field: a section ending in "." covers every field under it. */
    private static boolean inVersion2Section(String field) {
        return VERSION_2_SECTIONS.stream().anyMatch(path -> path.endsWith(".") ? field.startsWith(path)
                : field.equals(path));
    }

    private static boolean usesVersion2(JsonNode profile) {
        return VERSION_2_SECTIONS.stream().anyMatch(path -> {
            JsonNode node = profile;
            for (String segment : path.replaceAll("\\.$", "").split("\\.")) {
                node = node == null ? null : node.get(segment);
            }
            return node != null && !node.isNull();
        });
    }
}
