package com.expressrouteadvisor.rules;

import com.expressrouteadvisor.advice.GapCatalog;
import com.expressrouteadvisor.advice.Severity;
import com.expressrouteadvisor.engine.RuleInfo;
import com.expressrouteadvisor.engine.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule base as a whole: every contract gap code with its contract severity, a Dutch text of its own for every
 * gap, and rules that cite their facts and the codes they conclude. That the bundles have the same keys, valid
 * patterns and a text for every question, phrase and reason is checked by {@code rules validate}, on any rules
 * folder (RulesValidateBundlesTest runs it on these rules).
 */
@ExtendWith(AdvisorExtension.class)
class RuleBaseCatalogTest {

    /** CONTRACT §4: stable codes and their default severities. */
    static final Map<String, Severity> CONTRACT_CODES = contractCodes();

    private final RuleSet ruleSet;

    RuleBaseCatalogTest(Scenarios scenarios) {
        this.ruleSet = scenarios.advisor().ruleSet();
    }

    @Test
    void everyContractGapCodeIsInTheCatalogWithTheContractSeverity() {
        GapCatalog catalog = ruleSet.gapCatalog();

        CONTRACT_CODES.forEach((code, severity) -> assertThat(catalog.find(code))
                .as(code).hasValueSatisfying(entry -> {
                    assertThat(entry.severity()).as(code).isEqualTo(severity);
                    assertThat(entry.reference()).as(code).isNotBlank();
                    assertThat(entry.factIds()).as(code).isNotEmpty();
                }));
    }

    @Test
    void everyCatalogCodeIsConcludedByARuleAndEveryConcludedCodeIsCatalogued() {
        Set<String> concluded = ruleSet.rules().values().stream().map(r -> r.metadata().get("gap"))
                .filter(g -> g != null).map(Object::toString).collect(Collectors.toCollection(TreeSet::new));

        assertThat(concluded).containsExactlyInAnyOrderElementsOf(ruleSet.gapCatalog().entries().keySet());
    }

    @Test
    void everyRuleCitesTheFactsItRestsOn() {
        for (RuleInfo rule : ruleSet.rules().values()) {
            assertThat(rule.factIds()).as(rule.name()).isNotEmpty()
                    .allSatisfy(id -> assertThat(id).matches("[A-Z0-9]+(-[A-Z0-9]+)*"));
        }
    }

    @Test
    void theRuleBaseCoversAtLeastFortyRules() {
        assertThat(ruleSet.ruleCount()).isGreaterThanOrEqualTo(40);
        assertThat(ruleSet.info().rules()).isEqualTo(ruleSet.ruleCount());
    }

    @Test
    void everyGapCodeHasAMessageAndARemediationInEnglishAndDutch() throws IOException {
        Properties en = bundle("advice.properties");
        Properties nl = bundle("advice_nl.properties");

        for (String code : ruleSet.gapCatalog().entries().keySet()) {
            for (String part : new String[] {"message", "remediation"}) {
                String key = "gap." + code + "." + part;
                assertThat(en.getProperty(key)).as(key).isNotBlank();
                assertThat(nl.getProperty(key)).as(key + " (nl)").isNotBlank().isNotEqualTo(en.getProperty(key));
            }
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(AdvisorExtension.RULES.resolve("messages").resolve(name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Map<String, Severity> contractCodes() {
        Map<String, Severity> codes = new LinkedHashMap<>();
        for (String code : new String[] {"NO_CONNECTIVITY_PATH", "NO_AZURE_SUBSCRIPTION", "PROVIDER_NOT_AT_LOCATION",
                "CUSTOMER_BGP_REQUIRED", "ASN_MISSING", "ASN_RESERVED", "PEERING_SUBNET_INVALID",
                "PEERING_SUBNET_OVERLAPS_VNET", "MICROSOFT_PEERING_PRIVATE_ADDRESSES", "NAT_REQUIRED",
                "PREFIX_LIMIT_EXCEEDED", "PREMIUM_REQUIRED", "LOCAL_SKU_REGION_MISMATCH", "BANDWIDTH_NOT_OFFERED",
                "M365_AUTHORIZATION_REQUIRED", "AZURE_PUBLIC_PEERING_RETIRED"}) {
            codes.put(code, Severity.BLOCKER);
        }
        for (String code : new String[] {"UNKNOWN_PEERING_LOCATION", "MICROSOFT_PEERING_PUBLIC_ASN",
                "REDUNDANCY_MISSING", "SINGLE_PEERING_LOCATION", "QOS_MARKING_REQUIRED", "ENCRYPTION_NOT_PLANNED"}) {
            codes.put(code, Severity.WARNING);
        }
        return codes;
    }
}
