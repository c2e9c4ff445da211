package com.expressrouteadvisor.rules;

import com.expressrouteadvisor.advice.Resiliency;
import com.expressrouteadvisor.advice.ResiliencyTier;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.ParsedProfile;
import com.expressrouteadvisor.profile.ProfileParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.expressrouteadvisor.rules.ProfileBuilder.ready;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resiliency weights live in rules/resiliency.drl; docs/resiliency.md cites them in two tables, the weights
 * and the designs they score. This test holds the guide to the rules: each design's tier and score are what the
 * rules compute, and what the guide's weights add up to.
 */
@ExtendWith(AdvisorExtension.class)
class ResiliencyGuideTest {

    private static final Path GUIDE = Path.of("docs", "resiliency.md");

    /** A design of the guide's table: how to build it, and whether it has a second circuit and two routers. */
    private record Design(ProfileBuilder profile, boolean secondCircuit, boolean twoRouters) {
    }

    private static final Map<String, Design> DESIGNS = new LinkedHashMap<>();

    static {
        DESIGNS.put("two circuits, two locations, two routers", new Design(ready(), true, true));
        DESIGNS.put("two circuits, two locations, one router",
                new Design(ready().set("routing.edgeRouters", 1), true, false));
        DESIGNS.put("two circuits, one location, two routers",
                new Design(ready().set("resilience.peeringLocations", 1), true, true));
        DESIGNS.put("Metro circuit, two routers", new Design(ready().set("resilience.circuits", 1)
                .set("resilience.peeringLocations", 2).set("resilience.metro", true), false, true));
        DESIGNS.put("one circuit, one location, two routers (the CONTRACT §4 example)",
                new Design(ready().set("resilience.circuits", 1).set("resilience.peeringLocations", 1), false, true));
        DESIGNS.put("one circuit, one location, one router, or `resilience` unknown",
                new Design(ready().remove("resilience").remove("routing.edgeRouters").set("routing.bgpCapable", false),
                        false, false));
    }

    private final Scenarios scenarios;

    ResiliencyGuideTest(Scenarios scenarios) {
        this.scenarios = scenarios;
    }

    @Test
    void everyDesignOfTheGuideScoresWhatTheRulesAndTheGuidesWeightsSay() throws IOException {
        String guide = Files.readString(GUIDE);
        Map<String, Integer> weights = weights(guide);
        Matcher row = Pattern.compile("(?m)^\\| (.+?) \\| (MAXIMUM|HIGH|STANDARD) \\| (\\d+) \\|$").matcher(guide);
        Map<String, Resiliency> documented = new LinkedHashMap<>();
        while (row.find()) {
            documented.put(row.group(1), new Resiliency(ResiliencyTier.valueOf(row.group(2)), Integer.parseInt(row.group(3))));
        }

        assertThat(documented.keySet()).as("the designs in %s", GUIDE).containsExactlyElementsOf(DESIGNS.keySet());
        DESIGNS.forEach((name, design) -> {
            Resiliency expected = documented.get(name);
            int added = weights.get(expected.tier().name()) + (design.secondCircuit() ? weights.get("circuit") : 0)
                    + (design.twoRouters() ? weights.get("routers") : 0);
            assertThat(Math.min(100, added)).as("%s: the guide's weights add up to its score", name)
                    .isEqualTo(expected.score());
            ParsedProfile parsed = new ProfileParser().parse(design.profile().json());
            assertThat(parsed.errors()).as("%s: the design's profile", name).isEmpty();
            assertThat(scenarios.advisor().evaluate(parsed.profile(), new EvaluationOptions(Locale.ENGLISH, false))
                    .resiliency())
                    .as("%s: rules/resiliency.drl against %s", name, GUIDE).isEqualTo(expected);
        });
    }

    /** The points of the guide's weights table, by tier and by "circuit" and "routers". */
    private static Map<String, Integer> weights(String guide) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        Matcher site = Pattern.compile("(?m)^\\| site diversity: .+\\((MAXIMUM|HIGH|STANDARD)\\) \\| (\\d+) \\|")
                .matcher(guide);
        while (site.find()) {
            weights.put(site.group(1), Integer.parseInt(site.group(2)));
        }
        weights.put("circuit", points(guide, "a second circuit"));
        weights.put("routers", points(guide, "two edge routers"));
        assertThat(weights).as("the weights table of %s", GUIDE).hasSize(5);
        return weights;
    }

    private static int points(String guide, String part) {
        Matcher m = Pattern.compile("(?m)^\\| " + Pattern.quote(part) + ".*? \\| \\+(\\d+) \\|").matcher(guide);
        assertThat(m.find()).as("%s names the points for %s", GUIDE, part).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
