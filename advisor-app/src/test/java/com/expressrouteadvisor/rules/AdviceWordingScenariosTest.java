package com.expressrouteadvisor.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Locale;

import static com.expressrouteadvisor.rules.ProfileBuilder.ready;
import static com.expressrouteadvisor.rules.ProfileBuilder.readyWithMicrosoftPeering;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wording of advice that depends on the case: each remediation variant the rules choose, on both sides of
 * the boundary that chooses it, in English and Dutch.
 */
@ExtendWith(AdvisorExtension.class)
class AdviceWordingScenariosTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Scenarios scenarios;

    AdviceWordingScenariosTest(Scenarios scenarios) {
        this.scenarios = scenarios;
    }

    // ---- PREFIX_LIMIT_EXCEEDED -----------------------------------------------------------------------------

    @Test
    void tooManyPrivatePrefixesOnStandardAreAdvisedPremiumWhenPremiumAcceptsThem() {
        Outcome outcome = scenarios.evaluate(ready().set("routing.privatePrefixes", 4500));

        assertThat(outcome.gap("PREFIX_LIMIT_EXCEEDED").remediation())
                .contains("enable the Premium add-on: it raises the limit to 10000");
    }

    @Test
    void tooManyPrivatePrefixesOnAPremiumCircuitAreNotAdvisedPremium() {
        Outcome outcome = scenarios.evaluate(ready().set("azure.sku", "PREMIUM").set("routing.privatePrefixes", 10_001));

        assertThat(outcome.gap("PREFIX_LIMIT_EXCEEDED").remediation())
                .doesNotContain("enable the Premium add-on")
                .contains("even Premium accepts at most 10000");
    }

    @Test
    void moreThanPremiumAcceptsOnStandardIsNotAdvisedPremium() {
        Outcome outcome = scenarios.evaluate(ready().set("routing.privatePrefixes", 10_001));

        assertThat(outcome.gap("PREFIX_LIMIT_EXCEEDED").remediation()).doesNotContain("enable the Premium add-on");
    }

    @Test
    void microsoftPeeringsLimitIsTheSameOnEverySkuSoPremiumIsNeverAdvised() {
        for (String sku : List.of("STANDARD", "PREMIUM", "LOCAL")) {
            Outcome outcome = scenarios.evaluate(readyWithMicrosoftPeering().set("azure.sku", sku)
                    .set("azure.regions", List.of("westeurope")).set("routing.microsoftPrefixes", 201));

            assertThat(outcome.gap("PREFIX_LIMIT_EXCEEDED").remediation()).as(sku)
                    .contains("The limit is the same on every SKU, so Premium does not raise it")
                    .doesNotContain("enable the Premium add-on");
        }
    }

    @Test
    void theDutchPrefixAdviceFollowsTheSameVariants() {
        Outcome standard = scenarios.evaluate(ready().set("routing.privatePrefixes", 4500), DUTCH);
        Outcome microsoft = scenarios.evaluate(readyWithMicrosoftPeering().set("routing.microsoftPrefixes", 201), DUTCH);

        assertThat(standard.gap("PREFIX_LIMIT_EXCEEDED").remediation())
                .contains("schakel dan de Premium-add-on in: die verhoogt de limiet naar 10000");
        assertThat(microsoft.gap("PREFIX_LIMIT_EXCEEDED").remediation())
                .contains("De limiet is voor elke SKU gelijk").doesNotContain("schakel dan de Premium-add-on in");
    }

    // ---- CUSTOMER_BGP_REQUIRED -----------------------------------------------------------------------------

    @Test
    void aCustomerWithoutBgpNeedingFortyGigabitsIsNotToldToBuyManagedLayer3() {
        Outcome outcome = scenarios.evaluate(ready().set("connectivity.bandwidthMbps", 40_000)
                .set("routing.bgpCapable", false));

        assertThat(outcome.gap("CUSTOMER_BGP_REQUIRED").remediation())
                .startsWith("No managed Layer 3 service carries 40000 Mbps: provider circuits stop at 10 Gbps")
                .doesNotContain("Buy a managed Layer 3 service");
    }

    @Test
    void aCustomerWithoutBgpAtTenGigabitsIsStillToldToBuyManagedLayer3() {
        Outcome outcome = scenarios.evaluate(ready().set("connectivity.colocatedAtCloudExchange", false)
                .set("connectivity.needsPointToPoint", true).set("connectivity.ethernetProvider", "Colt")
                .set("connectivity.bandwidthMbps", 10_000).set("routing.bgpCapable", false));

        assertThat(outcome.gap("CUSTOMER_BGP_REQUIRED").remediation()).startsWith("Buy a managed Layer 3 service");
    }

    @Test
    void theDutchBgpAdviceForFortyGigabitsOffersNoManagedLayer3() {
        Outcome outcome = scenarios.evaluate(ready().set("connectivity.bandwidthMbps", 40_000)
                .set("routing.bgpCapable", false), DUTCH);

        assertThat(outcome.gap("CUSTOMER_BGP_REQUIRED").remediation())
                .startsWith("Geen enkele beheerde Laag 3-dienst draagt 40000 Mbps");
    }

    // ---- BANDWIDTH_NOT_OFFERED -----------------------------------------------------------------------------

    @Test
    void aBandwidthDirectDoesNotOfferIsNotAnsweredWithDirect() {
        Outcome outcome = scenarios.evaluate(ready().set("connectivity.bandwidthMbps", 15_000));

        assertThat(outcome.topModel().name()).isEqualTo("EXPRESSROUTE_DIRECT");
        assertThat(outcome.gap("BANDWIDTH_NOT_OFFERED").remediation())
                .startsWith("Order the smallest ExpressRoute Direct circuit size that covers the need")
                .doesNotContain("use ExpressRoute Direct for more than 10 Gbps");
    }

    @Test
    void aBandwidthAProviderDoesNotOfferStillPointsToDirectAboveTenGigabits() {
        Outcome outcome = scenarios.evaluate(ready().set("connectivity.bandwidthMbps", 300));

        assertThat(outcome.gap("BANDWIDTH_NOT_OFFERED").remediation())
                .contains("or use ExpressRoute Direct for more than 10 Gbps");
    }

    @Test
    void theDutchBandwidthAdviceOnDirectNamesDirectSizes() {
        Outcome outcome = scenarios.evaluate(ready().set("connectivity.bandwidthMbps", 15_000), DUTCH);

        assertThat(outcome.gap("BANDWIDTH_NOT_OFFERED").remediation())
                .startsWith("Bestel de kleinste ExpressRoute Direct-circuitgrootte")
                .doesNotContain("kies ExpressRoute Direct voor meer dan 10 Gbps");
    }

    // ---- MICROSOFT_PEERING_PRIVATE_ADDRESSES and NAT_REQUIRED ----------------------------------------------

    @Test
    void microsoftPeeringAddressesMayBelongToTheCustomerOrItsProvider() {
        Outcome english = scenarios.evaluate(readyWithMicrosoftPeering().set("peerings.microsoft.publicPrefixesOwned", false));
        Outcome dutch = scenarios.evaluate(readyWithMicrosoftPeering().set("peerings.microsoft.publicPrefixesOwned", false),
                DUTCH);

        assertThat(english.gap("MICROSOFT_PEERING_PRIVATE_ADDRESSES").message())
                .contains("owned by the customer or its connectivity provider")
                .contains("registered neither to the customer nor to its connectivity provider")
                .doesNotContain("registered to the customer,");
        assertThat(dutch.gap("MICROSOFT_PEERING_PRIVATE_ADDRESSES").message())
                .contains("van de klant of diens connectiviteitsprovider");
    }

    @Test
    void natIsRequiredForTrafficFromPrivateAddressesOnPremises() {
        Outcome english = scenarios.evaluate(readyWithMicrosoftPeering().set("peerings.microsoft.natPlanned", false));
        Outcome dutch = scenarios.evaluate(readyWithMicrosoftPeering().set("peerings.microsoft.natPlanned", false), DUTCH);

        assertThat(english.gap("NAT_REQUIRED").message())
                .contains("traffic from private addresses on premises must be source-NATed")
                .doesNotContain("traffic into Microsoft peering must be source-NATed");
        assertThat(english.gap("NAT_REQUIRED").remediation())
                .startsWith("If the traffic toward Microsoft peering starts from private addresses")
                .contains("need no NAT");
        assertThat(dutch.gap("NAT_REQUIRED").message()).contains("verkeer vanaf privé-adressen on-premises");
    }

    // ---- PEERING_SUBNET_INVALID ----------------------------------------------------------------------------

    @Test
    void aBadIpv6SubnetBesideAValidIpv4SlashTwentyNineNamesOnlyTheIpv6Subnet() {
        Outcome outcome = scenarios.evaluate(ready().set("peerings.private.subnets",
                List.of("192.168.100.0/29", "2001:db8::/127")));

        assertThat(outcome.gaps("PEERING_SUBNET_INVALID")).singleElement().satisfies(gap -> {
            assertThat(gap.message()).isEqualTo("The private peering IPv6 subnets 2001:db8::/127 are not one /125 or"
                    + " two /126s, so the primary and secondary BGP links cannot be addressed.");
            assertThat(gap.remediation()).startsWith("Reserve one /125 or two /126s for private peering: the first"
                    + " /126 for the primary link").doesNotContain("/30");
        });
    }

    @Test
    void aBadIpv4SubnetIsStillExplainedWithTheIpv4Split() {
        Outcome outcome = scenarios.evaluate(ready().set("peerings.private.subnets",
                List.of("192.168.100.0/30", "2001:db8::/125")));

        assertThat(outcome.gaps("PEERING_SUBNET_INVALID")).singleElement().satisfies(gap -> {
            assertThat(gap.message()).contains("IPv4 subnets 192.168.100.0/30 are not one /29 or two /30s")
                    .doesNotContain("2001:db8::/125");
            assertThat(gap.remediation()).contains(".129/.130 primary").doesNotContain("/126");
        });
    }

    @Test
    void theDutchIpv6SubnetAdviceExplainsTheIpv6Split() {
        Outcome outcome = scenarios.evaluate(ready().set("peerings.private.subnets",
                List.of("192.168.100.0/29", "2001:db8::/127")), DUTCH);

        assertThat(outcome.gap("PEERING_SUBNET_INVALID").message())
                .startsWith("De IPv6-subnetten 2001:db8::/127 voor private peering zijn niet één /125 of twee /126's");
        assertThat(outcome.gap("PEERING_SUBNET_INVALID").remediation()).contains("In elke /126");
    }

    // ---- Recommendation titles -----------------------------------------------------------------------------

    @Test
    void recommendationTitlesAreInTheLanguageOfTheAdvice() {
        Outcome english = scenarios.evaluate(ready());
        Outcome dutch = scenarios.evaluate(ready(), DUTCH);

        assertThat(english.evaluation().recommendations().get(0).title())
                .isEqualTo("Co-location at a cloud exchange, Layer 2");
        assertThat(dutch.evaluation().recommendations().get(0).title())
                .isEqualTo("Co-locatie op een cloudexchange, Laag 2");
    }
}
