package com.expressrouteadvisor.rules;

import com.expressrouteadvisor.profile.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static com.expressrouteadvisor.rules.ProfileBuilder.ready;
import static com.expressrouteadvisor.rules.ProfileBuilder.readyWithMicrosoftPeering;
import static org.assertj.core.api.Assertions.assertThat;

/** Peering link subnets: one /29 or two /30s, no overlap with VNets, public on Microsoft peering. */
@ExtendWith(AdvisorExtension.class)
class AddressingScenariosTest {

    private final Scenarios scenarios;

    AddressingScenariosTest(Scenarios scenarios) {
        this.scenarios = scenarios;
    }

    static Stream<List<String>> validLinkSubnets() {
        return Stream.of(
                List.of("192.168.100.0/29"),
                List.of("192.168.100.0/30", "192.168.100.4/30"),
                List.of("192.168.100.0/30", "192.168.200.0/30"),
                List.of("2001:db8:100::/125"),
                List.of("2001:db8:100::/126", "2001:db8:100::4/126"),
                List.of("192.168.100.0/29", "2001:db8:100::/125"));
    }

    static Stream<List<String>> invalidLinkSubnets() {
        return Stream.of(
                List.of(),
                List.of("192.168.100.0/30"),
                List.of("192.168.100.0/28"),
                List.of("192.168.100.0/31", "192.168.100.2/31"),
                List.of("192.168.100.0/30", "192.168.100.0/30"),
                List.of("192.168.100.0/29", "192.168.100.8/30"),
                List.of("192.168.100.0/30", "192.168.100.4/30", "192.168.100.8/30"),
                List.of("2001:db8:100::/124"),
                List.of("2001:db8:100::/126"),
                List.of("192.168.100.0/29", "2001:db8:100::/126"));
    }

    @ParameterizedTest(name = "{0} is valid")
    @MethodSource("validLinkSubnets")
    void oneSlash29OrTwoSlash30sAddressThePrivatePeering(List<String> subnets) {
        assertThat(scenarios.evaluate(ready().set("peerings.private.subnets", subnets)).gapCodes())
                .doesNotContain("PEERING_SUBNET_INVALID");
    }

    @ParameterizedTest(name = "{0} is invalid")
    @MethodSource("invalidLinkSubnets")
    void anythingElseCannotAddressThePrivatePeering(List<String> subnets) {
        Outcome outcome = scenarios.evaluate(ready().set("peerings.private.subnets", subnets));

        assertThat(outcome.gap("PEERING_SUBNET_INVALID").message()).startsWith("The private peering IPv").contains(" subnets ");
    }

    @Test
    void theInvalidSubnetsAreNamedInTheMessage() {
        Outcome outcome = scenarios.evaluate(ready().set("peerings.private.subnets", List.of("192.168.220.0/30")));

        assertThat(outcome.gap("PEERING_SUBNET_INVALID").message()).contains("192.168.220.0/30");
    }

    @Test
    void microsoftPeeringNeedsItsOwnSlash29OrTwoSlash30s() {
        Outcome outcome = scenarios.evaluate(readyWithMicrosoftPeering()
                .set("peerings.microsoft.subnets", List.of("203.0.113.0/30")));

        assertThat(outcome.gap("PEERING_SUBNET_INVALID").message()).startsWith("The Microsoft peering IPv4 subnets 203.0.113.0/30");
    }

    @Test
    void aPublicSlash29AddressesMicrosoftPeering() {
        assertThat(scenarios.evaluate(readyWithMicrosoftPeering()
                .set("peerings.microsoft.subnets", List.of("203.0.113.8/29"))).gapCodes())
                .doesNotContain("PEERING_SUBNET_INVALID");
    }

    @Test
    void subnetsOfADisabledPeeringAreNotChecked() {
        assertThat(scenarios.evaluate(ready().set("peerings.microsoft.enabled", false)
                .set("peerings.microsoft.subnets", List.of("172.16.0.0/30"))).gapCodes()).isEmpty();
    }

    @Test
    void givenPrivatePeeringSubnetsAreCheckedEvenWhenEnabledIsNotSaid() {
        assertThat(scenarios.evaluate(ready().remove("peerings.private.enabled")
                .set("peerings.private.subnets", List.of("192.168.100.0/30"))).gapCodes())
                .contains("PEERING_SUBNET_INVALID");
    }

    @Test
    void customerManagedRoutingIsAskedForMissingSubnets() {
        assertThat(scenarios.evaluate(ready().remove("peerings.private.subnets")).questions())
                .contains("peerings.private.subnets");
    }

    @Test
    void managedLayer3IsNotAskedForLinkSubnets() {
        assertThat(scenarios.evaluate(ready().remove("peerings.private.subnets").set("routing.bgpCapable", false))
                .questions()).doesNotContain("peerings.private.subnets");
    }

    // ---- Overlap with VNets -------------------------------------------------------------------------------

    @Test
    void aPeeringSubnetInsideAVnetIsBlocked() {
        Outcome outcome = scenarios.evaluate(ready()
                .set("peerings.private.subnets", List.of("10.1.255.248/29")));

        assertThat(outcome.gap("PEERING_SUBNET_OVERLAPS_VNET").message()).contains("10.1.255.248/29", "10.1.0.0/16");
    }

    @Test
    void aPeeringSubnetRightAfterTheVnetIsFine() {
        assertThat(scenarios.evaluate(ready().set("peerings.private.subnets", List.of("10.2.0.0/29"))).gapCodes())
                .doesNotContain("PEERING_SUBNET_OVERLAPS_VNET");
    }

    @Test
    void aVnetInsideThePeeringSubnetIsAnOverlapToo() {
        assertThat(scenarios.evaluate(ready().set("azure.vnetAddressSpaces", List.of("192.168.100.0/30")))
                .gapCodes()).contains("PEERING_SUBNET_OVERLAPS_VNET");
    }

    @Test
    void everyOverlappingSubnetIsReported() {
        Outcome outcome = scenarios.evaluate(ready()
                .set("peerings.private.subnets", List.of("10.1.0.0/30", "10.1.0.4/30")));

        assertThat(outcome.gaps("PEERING_SUBNET_OVERLAPS_VNET")).hasSize(2);
    }

    @Test
    void microsoftPeeringSubnetsMustNotOverlapAVnetEither() {
        assertThat(scenarios.evaluate(readyWithMicrosoftPeering()
                .set("azure.vnetAddressSpaces", List.of("10.1.0.0/16", "203.0.113.0/24"))).gapCodes())
                .contains("PEERING_SUBNET_OVERLAPS_VNET");
    }

    @Test
    void unknownVnetSpacesAreAskedForTheOverlapCheck() {
        assertThat(scenarios.evaluate(ready().remove("azure.vnetAddressSpaces")).questions())
                .contains("azure.vnetAddressSpaces");
    }

    // ---- Public addresses on Microsoft peering ------------------------------------------------------------

    @Test
    void rfc1918SubnetsOnMicrosoftPeeringAreBlocked() {
        Outcome outcome = scenarios.evaluate(readyWithMicrosoftPeering()
                .set("peerings.microsoft.subnets", List.of("172.16.50.0/30", "172.16.50.4/30")));

        assertThat(outcome.gap("MICROSOFT_PEERING_PRIVATE_ADDRESSES").message())
                .contains("172.16.50.0/30, 172.16.50.4/30");
    }

    @Test
    void sharedCarrierGradeNatSpaceIsNotPublicEither() {
        assertThat(scenarios.evaluate(readyWithMicrosoftPeering()
                .set("peerings.microsoft.subnets", List.of("100.64.0.0/29"))).gapCodes())
                .contains("MICROSOFT_PEERING_PRIVATE_ADDRESSES");
    }

    @Test
    void addressesJustOutsideRfc1918ArePublic() {
        assertThat(scenarios.evaluate(readyWithMicrosoftPeering()
                .set("peerings.microsoft.subnets", List.of("172.32.0.0/29"))).gapCodes())
                .doesNotContain("MICROSOFT_PEERING_PRIVATE_ADDRESSES");
    }

    @Test
    void uniqueLocalIpv6IsNotPublic() {
        assertThat(scenarios.evaluate(readyWithMicrosoftPeering()
                .set("peerings.microsoft.subnets", List.of("fd00:1::/125"))).gapCodes())
                .contains("MICROSOFT_PEERING_PRIVATE_ADDRESSES");
    }

    @Test
    void prefixesNotRegisteredToTheCustomerAreBlocked() {
        Outcome outcome = scenarios.evaluate(readyWithMicrosoftPeering()
                .set("peerings.microsoft.publicPrefixesOwned", false));

        assertThat(outcome.gap("MICROSOFT_PEERING_PRIVATE_ADDRESSES").message()).contains("registered neither to the customer nor to its connectivity provider");
    }

    @Test
    void publicOwnedAddressesOnMicrosoftPeeringAreFine() {
        assertThat(scenarios.evaluate(readyWithMicrosoftPeering()).gapCodes())
                .doesNotContain("MICROSOFT_PEERING_PRIVATE_ADDRESSES");
    }

    @Test
    void privateSubnetsAreFineOnPrivatePeering() {
        assertThat(scenarios.evaluate(ready().set("peerings.private.subnets", List.of("172.16.50.0/29"))).gapCodes())
                .doesNotContain("MICROSOFT_PEERING_PRIVATE_ADDRESSES");
    }

    // ---- Malformed input is a rejected record, not a gap ------------------------------------------------------

    @Test
    void aMalformedPeeringSubnetRejectsTheRecordAndNamesTheField() {
        List<FieldError> errors = scenarios.parse(ready()
                .set("peerings.private.subnets", List.of("192.168.100.0/33", "192.168.100.4/30"))).errors();

        assertThat(errors).extracting(FieldError::field).containsExactly("peerings.private.subnets[0]");
        assertThat(errors.get(0).reason()).contains("192.168.100.0/33");
    }

    @Test
    void aSubnetWithHostBitsRejectsTheRecordWithTheIntendedPrefix() {
        List<FieldError> errors = scenarios.parse(ready()
                .set("peerings.microsoft.subnets", List.of("203.0.113.1/30"))).errors();

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("peerings.microsoft.subnets[0]");
            assertThat(e.reason()).contains("203.0.113.0/30");
        });
    }
}
