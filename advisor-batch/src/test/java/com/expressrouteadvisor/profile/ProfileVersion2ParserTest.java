package com.expressrouteadvisor.profile;

import com.expressrouteadvisor.report.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The fields of profile version 2 (CONTRACT §8): read as strictly as those of version 1. */
class ProfileVersion2ParserTest {

    private static final String FULL = """
            {'id':'v2',
             'connectivity':{'peeringLocation':'Amsterdam','billing':'METERED'},
             'azure':{'cloud':'AZURE','prefixesAdvertisedToOnPremises':120,
                      'gateway':{'sku':'ERGW_SCALE','scaleUnits':10,'zoneRedundant':true,'subnetPrefixLength':27,
                                 'circuitsPerVnet':2,'fastPath':false,'privateEndpointsOverFastPath':false}},
             'routing':{'privatePrefixesIpv6':20,'advertisesDefaultRoute':false,'bfdEnabled':true,
                        'firstHopRedundancy':'BGP','microsoftPrefixesAlsoOnInternet':false},
             'interconnect':{'globalReach':false,'vpnBackup':true,'vpnExpressRouteTransit':false},
             'security':{'encryption':'MACSEC'},
             'resilience':{'peeringLocationNames':['Amsterdam','Amsterdam2']},
             'existingCircuit':{'bandwidthMbps':1000,'sku':'STANDARD','billing':'UNLIMITED'}}
            """;

    private final ProfileParser parser = new ProfileParser();

    private ParsedProfile parse(String json) throws JsonProcessingException {
        return parser.parse(Json.mapper().readTree(json.replace('\'', '"')));
    }

    /** The fast path for JSON text must agree with the field-by-field walk. */
    private ParsedProfile parseText(String json) throws JsonProcessingException {
        return parser.parse(json.replace('\'', '"'));
    }

    @Test
    void everyVersion2FieldReachesTheCustomerFact() throws Exception {
        ParsedProfile parsed = parse(FULL);

        assertThat(parsed.errors()).isEmpty();
        Customer customer = Customer.from(parsed.profile());
        assertThat(customer.billing()).isEqualTo(Billing.METERED);
        assertThat(customer.cloud()).isEqualTo(AzureCloud.AZURE);
        assertThat(customer.prefixesAdvertisedToOnPremises()).isEqualTo(120);
        assertThat(customer.gatewaySku()).isEqualTo(GatewaySku.ERGW_SCALE);
        assertThat(customer.gatewayScaleUnits()).isEqualTo(10);
        assertThat(customer.gatewayZoneRedundant()).isTrue();
        assertThat(customer.gatewaySubnetPrefixLength()).isEqualTo(27);
        assertThat(customer.circuitsPerVnet()).isEqualTo(2);
        assertThat(customer.fastPath()).isFalse();
        assertThat(customer.privateEndpointsOverFastPath()).isFalse();
        assertThat(customer.privatePrefixesIpv6()).isEqualTo(20);
        assertThat(customer.advertisesDefaultRoute()).isFalse();
        assertThat(customer.bfdEnabled()).isTrue();
        assertThat(customer.firstHopRedundancy()).isEqualTo(FirstHopRedundancy.BGP);
        assertThat(customer.microsoftPrefixesAlsoOnInternet()).isFalse();
        assertThat(customer.globalReach()).isFalse();
        assertThat(customer.vpnBackup()).isTrue();
        assertThat(customer.vpnExpressRouteTransit()).isFalse();
        assertThat(customer.encryption()).isEqualTo(Encryption.MACSEC);
        assertThat(customer.peeringLocationNames()).containsExactly("Amsterdam", "Amsterdam2");
        assertThat(customer.peeringLocations()).isEqualTo(2);
        assertThat(customer.existingCircuitBandwidthMbps()).isEqualTo(1000);
        assertThat(customer.existingCircuitSku()).isEqualTo(Sku.STANDARD);
        assertThat(customer.existingCircuitBilling()).isEqualTo(Billing.UNLIMITED);
        assertThat(parseText(FULL).profile()).isEqualTo(parsed.profile());
    }

    @Test
    void aVersion1ProfileLeavesEveryVersion2FieldUnknown() throws Exception {
        Customer customer = Customer.from(parse("{'id':'v1','resilience':{'circuits':2,'peeringLocations':2}}").profile());

        assertThat(customer.cloud()).isNull();
        assertThat(customer.gatewaySku()).isNull();
        assertThat(customer.encryption()).isNull();
        assertThat(customer.peeringLocationNames()).isNull();
        assertThat(customer.peeringLocations()).isEqualTo(2);
        assertThat(customer.existingCircuitBilling()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "azure.cloud, 'Azure_US_Government', AZURE_US_GOVERNMENT",
            "azure.cloud, 'azure china', AZURE_CHINA",
            "azure.gateway.sku, 'ErGw1AZ', ERGW1AZ",
            "azure.gateway.sku, 'ErGwScale', ERGW_SCALE",
            "azure.gateway.sku, 'HighPerformance', HIGH_PERFORMANCE",
            "azure.gateway.sku, 'Standard', STANDARD",
            "azure.sku, 'Premium', PREMIUM",
            "routing.firstHopRedundancy, 'vrrp', VRRP",
            "security.encryption, 'IPsec', IPSEC",
            "connectivity.billing, 'Unlimited', UNLIMITED",
            "existingCircuit.billing, 'metered', METERED",
            "existingCircuit.sku, 'local', LOCAL"})
    void enumValuesMatchRegardlessOfCaseAndUnderscores(String path, String text, String expected) throws Exception {
        String json = nested(path, "'" + text + "'");

        ParsedProfile walked = parse(json);
        ParsedProfile direct = parseText(json);

        assertThat(walked.errors()).isEmpty();
        assertThat(direct.profile()).isEqualTo(walked.profile());
        assertThat(walked.profile().toString()).contains("=" + expected);
    }

    @ParameterizedTest
    @CsvSource({
            "azure.cloud, 'AZURE_US_GOVERMENT', AZURE_US_GOVERNMENT, AZURE_CHINA",
            "azure.gateway.sku, 'ERGW1A', ERGW1AZ, ERGW_SCALE",
            "routing.firstHopRedundancy, 'HSPR', HSRP, NONE",
            "security.encryption, 'MACSEK', MACSEC, IPSEC",
            "connectivity.billing, 'METERD', METERED, UNLIMITED",
            "existingCircuit.billing, 'UNLIMTED', UNLIMITED, METERED",
            "existingCircuit.sku, 'PREMUIM', PREMIUM, LOCAL"})
    void aMisspelledEnumValueIsRefusedWithTheValuesAllowedAndASuggestion(String path, String text, String suggested,
                                                                         String listed) throws Exception {
        ParsedProfile parsed = parseText(nested(path, "'" + text + "'"));

        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(path);
            assertThat(e.reason()).contains(listed).contains(text).contains("did you mean '" + suggested + "'?");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "azure.cloud | 1",
            "azure.gateway | 'ERGW1AZ'",
            "azure.gateway.sku | true",
            "azure.gateway.scaleUnits | '10'",
            "azure.gateway.zoneRedundant | 'yes'",
            "azure.gateway.subnetPrefixLength | 27.5",
            "azure.gateway.circuitsPerVnet | '2'",
            "azure.gateway.fastPath | 1",
            "azure.gateway.privateEndpointsOverFastPath | 'false'",
            "azure.prefixesAdvertisedToOnPremises | '120'",
            "routing.privatePrefixesIpv6 | 1.5",
            "routing.advertisesDefaultRoute | 'no'",
            "routing.bfdEnabled | 0",
            "routing.firstHopRedundancy | ['BGP']",
            "routing.microsoftPrefixesAlsoOnInternet | 'true'",
            "interconnect | true",
            "interconnect.globalReach | 'false'",
            "interconnect.vpnBackup | 1",
            "interconnect.vpnExpressRouteTransit | 'no'",
            "security.encryption | false",
            "resilience.peeringLocationNames | 'Amsterdam'",
            "existingCircuit | 1000",
            "existingCircuit.bandwidthMbps | '1000'",
            "existingCircuit.sku | 2",
            "connectivity.billing | true"})
    void aVersion2FieldOfTheWrongTypeIsRefusedByName(String path, String value) throws Exception {
        assertThat(parseText(nested(path, value)).errors()).extracting(FieldError::field).containsExactly(path);
        assertThat(parse(nested(path, value)).errors()).extracting(FieldError::field).containsExactly(path);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "azure.gateway.subnetPrefixLength | 30",
            "azure.gateway.subnetPrefixLength | 33",
            "azure.gateway.subnetPrefixLength | 1",
            "azure.gateway.subnetPrefixLength | -27",
            "azure.gateway.circuitsPerVnet | 0",
            "azure.gateway.scaleUnits | 0",
            "azure.prefixesAdvertisedToOnPremises | -1",
            "routing.privatePrefixesIpv6 | -20",
            "existingCircuit.bandwidthMbps | 0"})
    void anImpossibleVersion2NumberIsRefusedByName(String path, String value) throws Exception {
        ParsedProfile parsed = parseText(nested(path, value));

        assertThat(parsed.errors()).extracting(FieldError::field).containsExactly(path);
        assertThat(parsed.errors().get(0).reason()).contains(value);
    }

    @Test
    void theGatewaySubnetAcceptsEveryAzureSubnetSize() throws Exception {
        assertThat(parse(nested("azure.gateway.subnetPrefixLength", "29")).errors()).isEmpty();
        assertThat(parse(nested("azure.gateway.subnetPrefixLength", "2")).errors()).isEmpty();
    }

    @Test
    void anUnknownVersion2FieldIsRefusedWithASuggestion() throws Exception {
        ParsedProfile parsed = parse("{'id':'x','azure':{'gateway':{'zoneRedundent':true}},"
                + "'interconnect':{'globalreach':true},'existingCircuit':{'bandwith':1000}}");

        assertThat(parsed.errors()).extracting(FieldError::toString).containsExactlyInAnyOrder(
                "azure.gateway.zoneRedundent: unknown field (did you mean 'zoneRedundant'?)",
                "interconnect.globalreach: unknown field (did you mean 'globalReach'?)",
                "existingCircuit.bandwith: unknown field");
    }

    @Test
    void peeringLocationNamesDecideTheNumberOfDistinctLocations() throws Exception {
        Customer customer = Customer.from(parse("{'id':'x','resilience':{'circuits':3,"
                + "'peeringLocationNames':['Amsterdam','amsterdam 2','Amsterdam2']}}").profile());

        assertThat(customer.peeringLocationNames()).containsExactly("Amsterdam", "amsterdam 2");
        assertThat(customer.peeringLocations()).isEqualTo(2);
        assertThat(customer.peeringLocation()).as("the first circuit's location stands for the unknown one")
                .isEqualTo("Amsterdam");
    }

    @Test
    void theConnectivityPeeringLocationStaysWhenItIsAmongTheNames() throws Exception {
        Customer customer = Customer.from(parse("{'id':'x','connectivity':{'peeringLocation':'London'},"
                + "'resilience':{'peeringLocationNames':['Amsterdam','LONDON']}}").profile());

        assertThat(customer.peeringLocation()).isEqualTo("London");
        assertThat(customer.peeringLocations()).isEqualTo(2);
    }

    @Test
    void namesThatContradictTheRestOfTheProfileAreRefused() throws Exception {
        ParsedProfile parsed = parse("{'id':'x','connectivity':{'peeringLocation':'London'},"
                + "'resilience':{'peeringLocations':1,'peeringLocationNames':['Amsterdam','Amsterdam2']}}");

        assertThat(parsed.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "resilience.peeringLocations", "resilience.peeringLocationNames");
        assertThat(parsed.errors()).extracting(FieldError::reason).anySatisfy(r -> assertThat(r).contains("2 distinct"))
                .anySatisfy(r -> assertThat(r).contains("London"));
    }

    @Test
    void aBlankOrNullPeeringLocationNameIsRefusedByIndex() throws Exception {
        assertThat(parseText("{'id':'x','resilience':{'peeringLocationNames':['Amsterdam',' ']}}").errors())
                .extracting(FieldError::field).containsExactly("resilience.peeringLocationNames[1]");
        assertThat(parseText("{'id':'x','resilience':{'peeringLocationNames':[null,'Amsterdam']}}").errors())
                .extracting(FieldError::field).containsExactly("resilience.peeringLocationNames[0]");
    }

    /** A profile with one value at a dotted path, e.g. {@code azure.gateway.sku}. */
    private static String nested(String path, String value) {
        String[] segments = path.split("\\.");
        String inner = "'" + segments[segments.length - 1] + "':" + value;
        for (int i = segments.length - 2; i >= 0; i--) {
            inner = "'" + segments[i] + "':{" + inner + "}";
        }
        return "{'id':'x'," + inner + "}";
    }
}
