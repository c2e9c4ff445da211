package com.expressrouteadvisor.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static com.expressrouteadvisor.rules.ProfileBuilder.ready;
import static com.expressrouteadvisor.rules.ProfileBuilder.readyWithMicrosoftPeering;
import static org.assertj.core.api.Assertions.assertThat;

/** ASN, prefix limits and edge routers: what customer-managed BGP needs, and what managed Layer 3 does not. */
@ExtendWith(AdvisorExtension.class)
class RoutingScenariosTest {

    private final Scenarios scenarios;

    RoutingScenariosTest(Scenarios scenarios) {
        this.scenarios = scenarios;
    }

    // ---- ASN ----------------------------------------------------------------------------------------------

    @Test
    void customerManagedRoutingWithoutAnAsnIsBlocked() {
        assertThat(scenarios.evaluate(ready().remove("routing.asn")).gapCodes()).contains("ASN_MISSING");
    }

    @Test
    void managedLayer3AtTheExchangeNeedsNoAsn() {
        Outcome outcome = scenarios.evaluate(ready().remove("routing.asn").set("routing.bgpCapable", false));

        assertThat(outcome.gapCodes()).doesNotContain("ASN_MISSING");
        assertThat(outcome.questions()).doesNotContain("routing.asn", "routing.bgpCapable", "routing.edgeRouters");
    }

    @Test
    void anIpvpnAsksNothingAboutBgp() {
        Outcome outcome = scenarios.evaluate(ipvpn().remove("routing"));

        assertThat(outcome.gapCodes()).doesNotContain("ASN_MISSING", "CUSTOMER_BGP_REQUIRED", "REDUNDANCY_MISSING");
        assertThat(outcome.questions()).doesNotContain("routing.asn", "routing.bgpCapable", "routing.edgeRouters");
    }

    @Test
    void unknownBgpOnALayer2OnlyPathAsksForTheAsnInsteadOfFlaggingIt() {
        Outcome outcome = scenarios.evaluate(ready().set("connectivity.bandwidthMbps", 40_000)
                .remove("routing.bgpCapable").remove("routing.asn"));

        assertThat(outcome.gapCodes()).doesNotContain("ASN_MISSING");
        assertThat(outcome.questions()).contains("routing.asn", "routing.bgpCapable");
    }

    @ParameterizedTest(name = "ASN {0} is reserved")
    @ValueSource(longs = {65_515, 65_517, 65_520, 12_076, 23_456, 65_535, 4_294_967_295L})
    void reservedAsnsAreRefused(long asn) {
        Outcome outcome = scenarios.evaluate(ready().set("routing.asn", asn));

        assertThat(outcome.gap("ASN_RESERVED").message()).contains("ASN " + asn + " ");
    }

    @ParameterizedTest(name = "ASN {0} is not reserved")
    @ValueSource(longs = {65_514, 65_521, 64_512, 4_200_000_000L, 208_417})
    void asnsNextToTheReservedRangeAreAccepted(long asn) {
        assertThat(scenarios.evaluate(ready().set("routing.asn", asn)).gapCodes()).doesNotContain("ASN_RESERVED");
    }

    @Test
    void aDocumentationAsnIsRefusedOnMicrosoftPeering() {
        assertThat(scenarios.evaluate(readyWithMicrosoftPeering().set("routing.asn", 64_500)).gapCodes())
                .contains("ASN_RESERVED");
    }

    @Test
    void aDocumentationAsnOnPrivatePeeringOnlyIsNotRefused() {
        assertThat(scenarios.evaluate(ready().set("routing.asn", 64_500)).gapCodes()).doesNotContain("ASN_RESERVED");
    }

    @Test
    void aReservedAsnIsNotTheCustomersProblemOnManagedLayer3() {
        assertThat(scenarios.evaluate(ready().set("routing.asn", 65_515).set("routing.bgpCapable", false)).gapCodes())
                .doesNotContain("ASN_RESERVED");
    }

    @Test
    void microsoftPeeringWithAPrivateAsnNeedsManualValidation() {
        Outcome outcome = scenarios.evaluate(readyWithMicrosoftPeering().set("routing.asn", 64_700));

        assertThat(outcome.gap("MICROSOFT_PEERING_PUBLIC_ASN").message()).contains("64700");
        assertThat(outcome.gap("MICROSOFT_PEERING_PUBLIC_ASN").severity().name()).isEqualTo("WARNING");
    }

    @Test
    void microsoftPeeringWithAPublicAsnIsFine() {
        assertThat(scenarios.evaluate(readyWithMicrosoftPeering()).gapCodes())
                .doesNotContain("MICROSOFT_PEERING_PUBLIC_ASN");
    }

    @Test
    void aPrivateAsnOnPrivatePeeringOnlyIsFine() {
        assertThat(scenarios.evaluate(ready().set("routing.asn", 64_700)).gapCodes())
                .doesNotContain("MICROSOFT_PEERING_PUBLIC_ASN");
    }

    @Test
    void aReservedPrivateAsnIsReportedAsReservedOnly() {
        Outcome outcome = scenarios.evaluate(readyWithMicrosoftPeering().set("routing.asn", 65_515));

        assertThat(outcome.gapCodes()).contains("ASN_RESERVED").doesNotContain("MICROSOFT_PEERING_PUBLIC_ASN");
    }

    // ---- Prefix limits ------------------------------------------------------------------------------------

    @Test
    void fourThousandPrivatePrefixesFitStandard() {
        assertThat(scenarios.evaluate(ready().set("routing.privatePrefixes", 4000)).gapCodes())
                .doesNotContain("PREFIX_LIMIT_EXCEEDED", "PREMIUM_REQUIRED");
    }

    @Test
    void fourThousandAndOnePrivatePrefixesExceedStandardAndNeedPremium() {
        Outcome outcome = scenarios.evaluate(ready().set("routing.privatePrefixes", 4001));

        assertThat(outcome.gap("PREFIX_LIMIT_EXCEEDED").message())
                .contains("4001 prefixes", "private peering", "4000", "STANDARD");
        assertThat(outcome.gap("PREMIUM_REQUIRED").message()).contains("4001", "10000");
    }

    @Test
    void theLocalSkuHasTheStandardPrefixLimit() {
        Outcome outcome = scenarios.evaluate(ready().set("azure.sku", "LOCAL").set("azure.regions", List.of("westeurope"))
                .set("routing.privatePrefixes", 4001));

        assertThat(outcome.gapCodes()).contains("PREFIX_LIMIT_EXCEEDED");
    }

    @Test
    void premiumAcceptsTenThousandPrivatePrefixes() {
        assertThat(scenarios.evaluate(ready().set("azure.sku", "PREMIUM").set("routing.privatePrefixes", 10_000))
                .gapCodes()).doesNotContain("PREFIX_LIMIT_EXCEEDED");
    }

    @Test
    void moreThanTenThousandPrivatePrefixesExceedEvenPremium() {
        Outcome outcome = scenarios.evaluate(ready().set("azure.sku", "PREMIUM").set("routing.privatePrefixes", 10_001));

        assertThat(outcome.gap("PREFIX_LIMIT_EXCEEDED").message()).contains("10000", "PREMIUM");
    }

    @Test
    void withNoSkuChosenOnlyACountAboveEverySkuIsFlagged() {
        assertThat(scenarios.evaluate(ready().remove("azure.sku").set("routing.privatePrefixes", 5000)).gapCodes())
                .doesNotContain("PREFIX_LIMIT_EXCEEDED");
        Outcome tooMany = scenarios.evaluate(ready().remove("azure.sku").set("routing.privatePrefixes", 10_001));
        assertThat(tooMany.gapCodes()).contains("PREFIX_LIMIT_EXCEEDED");
    }

    @Test
    void anUnknownSkuIsAskedWhenThePrefixCountNeedsPremium() {
        assertThat(scenarios.evaluate(ready().remove("azure.sku").set("routing.privatePrefixes", 5000)).questions())
                .contains("azure.sku");
    }

    @Test
    void twoHundredMicrosoftPrefixesFit() {
        assertThat(scenarios.evaluate(readyWithMicrosoftPeering().set("routing.microsoftPrefixes", 200)).gapCodes())
                .doesNotContain("PREFIX_LIMIT_EXCEEDED");
    }

    @Test
    void twoHundredAndOneMicrosoftPrefixesExceedTheLimit() {
        Outcome outcome = scenarios.evaluate(readyWithMicrosoftPeering().set("routing.microsoftPrefixes", 201));

        assertThat(outcome.gap("PREFIX_LIMIT_EXCEEDED").message()).contains("201 prefixes", "Microsoft peering", "200");
    }

    @Test
    void microsoftPrefixesDoNotCountWithoutMicrosoftPeering() {
        assertThat(scenarios.evaluate(ready().set("routing.microsoftPrefixes", 250)).gapCodes())
                .doesNotContain("PREFIX_LIMIT_EXCEEDED");
    }

    @Test
    void prefixLimitsApplyOnManagedLayer3Too() {
        assertThat(scenarios.evaluate(ipvpn().set("routing.privatePrefixes", 4500)).gapCodes())
                .contains("PREFIX_LIMIT_EXCEEDED");
    }

    @Test
    void thousandVnetAddressSpacesCanBeAdvertisedToOnPremises() {
        assertThat(scenarios.evaluate(ready().set("azure.vnetAddressSpaces", spaces(1000))).gapCodes())
                .doesNotContain("GATEWAY_PREFIX_LIMIT_EXCEEDED");
    }

    @Test
    void moreThanThousandVnetAddressSpacesDropTheGatewayConnection() {
        Outcome outcome = scenarios.evaluate(ready().set("azure.vnetAddressSpaces", spaces(1001)));

        assertThat(outcome.gap("GATEWAY_PREFIX_LIMIT_EXCEEDED").message()).contains("1001 IPv4", "1000");
    }

    // ---- Edge routers -------------------------------------------------------------------------------------

    @Test
    void oneEdgeRouterForBothLinksIsAWarning() {
        Outcome outcome = scenarios.evaluate(ready().set("routing.edgeRouters", 1));

        assertThat(outcome.gap("REDUNDANCY_MISSING").message()).contains("1 edge router");
        assertThat(outcome.gap("REDUNDANCY_MISSING").severity().name()).isEqualTo("WARNING");
    }

    @Test
    void twoEdgeRoutersAreRedundant() {
        assertThat(scenarios.evaluate(ready().set("routing.edgeRouters", 2)).gapCodes())
                .doesNotContain("REDUNDANCY_MISSING");
    }

    @Test
    void theProviderRunsTheBgpSessionsOnManagedLayer3() {
        assertThat(scenarios.evaluate(ipvpn().set("routing.edgeRouters", 1)).gapCodes())
                .doesNotContain("REDUNDANCY_MISSING");
    }

    private static ProfileBuilder ipvpn() {
        return ready().set("connectivity.colocatedAtCloudExchange", false)
                .set("connectivity.hasMplsWan", true).set("connectivity.wanProvider", "KPN")
                .set("routing.bgpCapable", false);
    }

    /** n distinct /24s in 10.0.0.0/8, away from the scenario's peering subnets. */
    private static List<String> spaces(int n) {
        List<String> spaces = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            spaces.add("10." + (100 + i / 256) + "." + (i % 256) + ".0/24");
        }
        return spaces;
    }
}
