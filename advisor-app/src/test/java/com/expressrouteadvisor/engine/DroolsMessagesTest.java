package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One test per Drools, MVEL or Java compiler message that {@link DroolsMessages} puts in a rule author's words:
 * when a Drools upgrade rewords one, its test fails here rather than a consultant reading Java.
 */
class DroolsMessagesTest {

    private static final Set<String> GLOBALS = Set.of("locations", "bandwidths");
    private static final String HEADER = """
            package expressroute;
            import com.expressrouteadvisor.profile.Customer;
            import com.expressrouteadvisor.advice.Gap;
            import com.expressrouteadvisor.advice.Layer;
            global com.expressrouteadvisor.reference.PeeringLocationCatalog locations;

            """;

    @TempDir
    Path rules;

    private List<RuleProblem> problems(String file, String text) throws IOException {
        Files.writeString(rules.resolve(file), text);
        try {
            new RuleSetCompiler(GLOBALS).compile(rules).close();
        } catch (RuleSetInvalidException e) {
            return e.problems();
        }
        throw new AssertionError("the rules compiled");
    }

    private List<RuleProblem> drl(String when, String then) throws IOException {
        return problems("house-policy.drl", HEADER + """
                rule "House policy"
                    @factId("MODEL-IPVPN")
                when
                %s
                then
                %s
                end
                """.formatted(when, then));
    }

    private String at(String file, int line, int column) {
        return rules.resolve(file) + ":" + line + ":" + column + ": ";
    }

    @Test
    void anUnknownFieldNamesTheFieldMeantOnTheLineOfTheExpression() throws IOException {
        List<RuleProblem> problems = drl("    Customer( hasMplsWan == true,\n        privatePrefix > 1000 )",
                "    insert(new Gap(\"DESIGN_REVIEW\"));");

        assertThat(problems).extracting(Object::toString).containsExactly(at("house-policy.drl", 11, 9)
                + "unknown customer field 'privatePrefix' (did you mean 'privatePrefixes'?)");
    }

    @Test
    void anUnknownMethodOfAGlobalNamesTheMethodMeant() throws IOException {
        List<RuleProblem> problems = drl("    Customer( peeringLocation != null, locations.isKnwn(peeringLocation) )",
                "    insert(new Gap(\"DESIGN_REVIEW\"));");

        assertThat(problems).extracting(RuleProblem::message)
                .containsExactly("unknown method 'isKnwn' of global 'locations' (did you mean 'isKnown'?)");
        assertThat(problems.get(0).line()).isEqualTo(10);
    }

    @Test
    void aWordWhereAGlobalsMethodTakesAnEnumNamesTheMethodsSignature() throws IOException {
        List<RuleProblem> problems = problems("house-policy.drl", HEADER
                + "global com.expressrouteadvisor.reference.BandwidthCatalog bandwidths;\n" + """
                rule "House policy"
                    @factId("MODEL-IPVPN")
                when
                    Customer( bandwidthMbps != null, bandwidths.offers("ANY_TO_ANY_IPVPN", bandwidthMbps) )
                then
                    insert(new Gap("DESIGN_REVIEW"));
                end
                """);

        assertThat(problems).extracting(RuleProblem::message).first().asString()
                .startsWith("method 'offers' of global 'bandwidths' does not take these arguments: it takes offers(")
                .contains("ConnectivityModel");
    }

    @Test
    void anUnknownConstantInAConditionNamesTheConstantMeant() throws IOException {
        List<RuleProblem> problems = drl("    Customer( bandwidthMbps <= Layer.LAYR2 )",
                "    insert(new Gap(\"DESIGN_REVIEW\"));");

        assertThat(problems).extracting(RuleProblem::message)
                .containsExactly("unknown name 'LAYR2' in Layer (did you mean 'LAYER2'?)");
    }

    @Test
    void anUnknownFactTypeNamesTheTypeMeant() throws IOException {
        List<RuleProblem> problems = drl("    Custmer( hasMplsWan == true )", "    insert(new Gap(\"DESIGN_REVIEW\"));");

        assertThat(problems).extracting(Object::toString).containsExactly(at("house-policy.drl", 10, 5)
                + "unknown fact type 'Custmer' (did you mean 'Customer'?): import its class, or check the spelling");
    }

    @Test
    void anUnknownMethodInAnActionIsReportedWhereItIsCalled() throws IOException {
        List<RuleProblem> problems = drl("    $c : Customer( hasMplsWan == true )",
                "    insert(new Gap(\"DESIGN_REVIEW\",\n        $c.wanProvidr()));");

        assertThat(problems).extracting(Object::toString).containsExactly(at("house-policy.drl", 13, 12)
                + "unknown method 'wanProvidr()' of Customer (did you mean 'wanProvider'?)");
    }

    @Test
    void aCallToAFunctionThatDoesNotExistIsNamed() throws IOException {
        List<RuleProblem> problems = drl("    $c : Customer( hasMplsWan == true )",
                "    insert(new Gap(\"DESIGN_REVIEW\", sitePonts($c)));");

        assertThat(problems).extracting(Object::toString).containsExactly(at("house-policy.drl", 12, 37)
                + "unknown function 'sitePonts(Customer)': no DRL function or imported method of that name takes "
                + "these arguments");
    }

    @Test
    void anUnknownVariableInAnActionIsNamed() throws IOException {
        List<RuleProblem> problems = drl("    $c : Customer( hasMplsWan == true )", "    insert(new Gap(code));");

        assertThat(problems).extracting(RuleProblem::message).containsExactly("unknown name 'code': not a variable "
                + "bound in this rule, a global or a class; check the spelling");
        assertThat(problems.get(0).line()).isEqualTo(12);
    }

    @Test
    void anUnknownConstantInADecisionTableActionIsReportedAtItsCell() throws IOException {
        List<RuleProblem> problems = problems("house.drl.csv",
                decisionTable("\"ANY_TO_ANY_IPVPM, 95, ipvpn\""));

        assertThat(problems).extracting(Object::toString).containsExactly(at("house.drl.csv", 9, 3)
                + "cell C9: unknown name 'ANY_TO_ANY_IPVPM' in ConnectivityModel (did you mean 'ANY_TO_ANY_IPVPN'?)");
    }

    @Test
    void aWordTooManyInADecisionTableActionIsReportedAtItsCell() throws IOException {
        List<RuleProblem> problems = problems("house.drl.csv",
                decisionTable("\"ANY_TO_ANY_IPVPN LAYER, 95, ipvpn\""));

        assertThat(problems).extracting(Object::toString).containsExactly(at("house.drl.csv", 9, 3)
                + "cell C9: unexpected 'LAYER' in the rule's action: remove it, or check what comes before it");
    }

    @Test
    void aDecisionTableTheParserCannotReadIsReportedOnceAtTheCell() throws IOException {
        List<RuleProblem> problems = problems("house.drl.csv",
                decisionTable("\"ANY_TO_ANY_IPVPN, 95, ipvpn\"").replace(",true,", ",true 3,"));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString()).startsWith(at("house.drl.csv", 9, 2) + "cell B9: mismatched input '3'");
    }

    @Test
    void aFileCutShortSaysSo() throws IOException {
        List<RuleProblem> problems = problems("house-policy.drl", HEADER + """
                rule "House policy"
                when
                    Customer( hasMplsWan == true )
                """);

        assertThat(problems).extracting(RuleProblem::message).containsExactly("the file ends before rule "
                + "\"House policy\" is complete: a condition, its 'then' or its 'end' is missing");
    }

    @Test
    void aSyntaxErrorIsReportedAtTheParsersLineAndColumn() throws IOException {
        List<RuleProblem> problems = drl("    Customer( hasMplsWan == true ) )", "    insert(new Gap(\"X\"));");

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString()).isEqualTo(at("house-policy.drl", 10, 36)
                + "mismatched input ')' in rule \"House policy\"");
    }

    @Test
    void aDslrLineNoSentenceMatchesIsTheOnlyProblemReported() throws IOException {
        Files.copy(TestAdvisors.RULES.resolve("expressroute.dsl"), rules.resolve("expressroute.dsl"));
        List<RuleProblem> problems = problems("house-policy.dslr", dslr("    - who has an MPLS WANN"));

        assertThat(problems).extracting(Object::toString).containsExactly(at("house-policy.dslr", 8, 5)
                + "no DSL sentence matches \"- who has an MPLS WANN\" (check the spelling against the .dsl file, "
                + "or start the line with '>' to write DRL)");
    }

    @Test
    void aTypoInADslrIsReportedOnceOnTheAuthorsLine() throws IOException {
        Files.copy(TestAdvisors.RULES.resolve("expressroute.dsl"), rules.resolve("expressroute.dsl"));
        List<RuleProblem> problems = problems("house-policy.dslr", dslr("    the customer has not said its edgeRoutrs"));

        assertThat(problems).extracting(Object::toString).containsExactly(at("house-policy.dslr", 8, 5)
                + "unknown customer field 'edgeRoutrs' (did you mean 'edgeRouters'?)");
    }

    @Test
    void aStageTheEngineDoesNotRunIsRejected() throws IOException {
        List<RuleProblem> problems = problems("house-policy.drl", HEADER + """
                rule "House policy"
                    @factId("MODEL-IPVPN")
                    ruleflow-group "reveiw"
                when
                    Customer( hasMplsWan == true )
                then
                    insert(new Gap("DESIGN_REVIEW"));
                end
                """);

        assertThat(problems).extracting(Object::toString).containsExactly(at("house-policy.drl", 7, 1)
                + "rule \"House policy\" is in stage \"reveiw\", which the engine does not run (did you mean "
                + "'review'?); the stages are: ruleflow-group \"review\", \"verdict\", \"remedy\", or none");
    }

    private static String dslr(String condition) {
        return """
                package expressroute;
                expander expressroute.dsl

                rule "House policy"
                    @factId("MODEL-IPVPN")
                when
                    There is a customer
                %s
                then
                    flag gap DESIGN_REVIEW about the wanProvider
                end
                """.formatted(condition);
    }

    /** A one-row decision table whose action cell (C9) holds {@code action}. */
    private static String decisionTable(String action) {
        return """
                RuleSet,expressroute
                Import,"com.expressrouteadvisor.profile.Customer, com.expressrouteadvisor.advice.ConnectivityModel, com.expressrouteadvisor.advice.ModelFit"

                RuleTable House model preference
                NAME,CONDITION,ACTION
                ,Customer,
                ,hasMplsWan == $param,"insert(new ModelFit(ConnectivityModel.$1, $2, ""$3""));"
                Rule,Has an MPLS WAN,"Model, score, reason"
                House policy,true,%s
                """.formatted(action);
    }
}
