package com.expressrouteadvisor.authoring;

import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.RuleFiles;
import com.expressrouteadvisor.reference.FactCatalog;
import com.expressrouteadvisor.support.CliRun;
import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule catalog is generated from the loaded rules, and the committed copy in docs/ never goes stale. */
class RuleCatalogTest {

    static final Path COMMITTED = Path.of("docs", "rule-catalog.md");
    static final String REFRESH = "mvn -q -DskipTests package && "
            + "java -jar target/expressroute-advisor.jar rules docs --out docs/rule-catalog.md";

    private static Advisor advisor;
    private static RuleCatalog catalog;

    @BeforeAll
    static void generate() {
        advisor = TestAdvisors.repository();
        ScenarioRun scenarios = new ScenarioRunner(advisor)
                .run(new ScenarioFiles().read(TestAdvisors.RULES.resolve(RuleFiles.SCENARIOS)));
        catalog = RuleCatalog.of(advisor.ruleSet(), scenarios, FactCatalog.load(Path.of("facts", FactCatalog.FILE)));
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    @Test
    void theCommittedCatalogIsTheOneTheRulesGenerate() throws IOException {
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8).replace("\r\n", "\n");

        assertThat(CatalogFormat.MD.render(catalog))
                .as("docs/rule-catalog.md is stale: the rules or scenarios changed. Refresh it with:%n  %s%n", REFRESH)
                .isEqualTo(committed);
    }

    @Test
    void everyRuleShowsItsTopicFactIdsConclusionsAndScenarios() {
        RuleCatalog.Entry subscription = catalog.topics().stream()
                .filter(t -> t.name().equals("subscription")).findFirst().orElseThrow()
                .rules().stream().filter(e -> e.rule().name().equals("Without an Azure subscription no circuit can be created"))
                .findFirst().orElseThrow();

        assertThat(subscription.rule().factIds()).contains("M365-SUBSCRIPTIONS");
        assertThat(subscription.facts()).extracting(RuleCatalog.CitedFact::id).contains("M365-SUBSCRIPTIONS");
        assertThat(subscription.facts()).allSatisfy(fact -> assertThat(fact.text()).as(fact.id()).isNotBlank());
        assertThat(subscription.gaps()).containsExactly("NO_AZURE_SUBSCRIPTION (BLOCKER)");
        assertThat(subscription.scenarios())
                .contains("subscription.yaml: Without an Azure subscription no circuit can be created");
        assertThat(catalog.topics()).extracting(RuleCatalog.Topic::name).isSorted();
        assertThat(catalog.ruleCount()).isEqualTo(advisor.ruleSet().ruleCount());
    }

    @Test
    void gapCodesShowWhichRulesRaiseThemAndHowScenariosCoverThemBothWays() {
        RuleCatalog.GapCode noSubscription = catalog.gapCodes().stream()
                .filter(g -> g.code().equals("NO_AZURE_SUBSCRIPTION")).findFirst().orElseThrow();

        assertThat(noSubscription.severity()).isEqualTo("BLOCKER");
        assertThat(noSubscription.rules()).containsExactly("Without an Azure subscription no circuit can be created");
        assertThat(noSubscription.expectedPresent()).isPositive();
        assertThat(noSubscription.expectedAbsent()).isPositive();
    }

    @Test
    void tableAndSentenceRulesAreCataloguedWithTheirRowsAndLines(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.copy(Path.of("docs/examples/house-model-preference.drl.csv"), rules.resolve("house-model-preference.drl.csv"));
        Files.copy(Path.of("docs/examples/house-policy.dslr"), rules.resolve("house-policy.dslr"));

        CliRun run = CliRun.of("rules", "docs", "--rules", rules.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("## house-model-preference")
                .contains("- where: `house-model-preference.drl.csv:10`, stage MAIN")
                .contains("- concludes: model `ANY_TO_ANY_IPVPN`")
                .contains("## house-policy")
                .contains("- concludes: gap `DESIGN_REVIEW` (not in gap-codes.csv)")
                .contains("- concludes: question `routing.edgeRouters`")
                .contains("| `DESIGN_REVIEW` | **not in gap-codes.csv** |");
    }

    @Test
    void theHtmlCatalogEscapesWhatConsultantsWrite(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve("odd.drl"), """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;
                import com.expressrouteadvisor.advice.Question;

                rule "Ask <b>twice</b> & more"
                    @factId("MODEL-COLO")
                when
                    Customer( colocatedAtCloudExchange == null )
                then
                    insert(new Question("connectivity.colocatedAtCloudExchange"));
                end
                """);
        Path page = temp.resolve("out/catalog.html");

        CliRun run = CliRun.of("rules", "docs", "--rules", rules.toString(), "--format", "html", "--out", page.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        String html = Files.readString(page);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Ask &lt;b&gt;twice&lt;/b&gt; &amp; more")
                .doesNotContain("<b>twice</b>").endsWith("</html>\n");
    }

    @Test
    void eachRuleShowsTheTextOfTheFactsItRestsOnAndTheFactsSectionShowsUncitedFacts(@TempDir Path temp)
            throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Path facts = Files.createDirectories(temp.resolve("facts")).resolve(FactCatalog.FILE);
        Files.copy(Path.of("facts", FactCatalog.FILE), facts);
        Files.writeString(facts, "HOUSE-UNUSED,A house fact no rule rests on yet.,"
                + "articles/expressroute/expressroute-faqs.md,2026-03-31\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(rules.resolve("odd.drl"), """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;
                import com.expressrouteadvisor.advice.Question;

                rule "Ask about routers when the WAN provider is nobody"
                    @factId("MODEL-COLO, HOUSE-MISSING")
                when
                    Customer( wanProvider == "Nobody", edgeRouters == null )
                then
                    insert(new Question("routing.edgeRouters"));
                end
                """);
        String modelColo = FactCatalog.load(facts).find("MODEL-COLO").orElseThrow().text();

        CliRun run = CliRun.of("rules", "docs", "--rules", rules.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("- facts:\n  - [`MODEL-COLO`](#fact-model-colo): " + modelColo + "\n"
                        + "  - `HOUSE-MISSING`: **not in the fact catalog**\n")
                .contains("| <a id=\"fact-house-unused\"></a>`HOUSE-UNUSED` | A house fact no rule rests on yet. | "
                        + "[expressroute-faqs](https://learn.microsoft.com/azure/expressroute/expressroute-faqs) 2026-03-31 "
                        + "| **none** |");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("rules", "docs", "--rules", "rules", "--format", "pdf");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Invalid value for option '--format': expected one of [MD, HTML] "
                + "(case-insensitive) but was 'pdf'");
    }
}
