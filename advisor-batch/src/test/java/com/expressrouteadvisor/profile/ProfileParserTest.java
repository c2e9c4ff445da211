package com.expressrouteadvisor.profile;

import com.expressrouteadvisor.report.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Strict parsing: every field error is named by its path, and unknown stays apart from false. */
class ProfileParserTest {

    private final ProfileParser parser = new ProfileParser();

    private ParsedProfile parse(String json) throws JsonProcessingException {
        return parser.parse(Json.mapper().readTree(json.replace('\'', '"')));
    }

    @Test
    void theContractExampleParses() throws Exception {
        ParsedProfile parsed = parser.parse(Json.mapper().readTree(
                java.nio.file.Path.of("facts/samples/one-customer.json").toFile()));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.profile().id()).isEqualTo("havenstad-logistiek-nl");
    }

    @Test
    void rejectsUnknownFieldsByNameWithASuggestion() throws Exception {
        ParsedProfile parsed = parse("{'id':'x','routing':{'bgpCapible':true},'colour':'red'}");

        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.id()).isEqualTo("x");
        assertThat(parsed.errors()).extracting(FieldError::toString).containsExactlyInAnyOrder(
                "routing.bgpCapible: unknown field (did you mean 'bgpCapable'?)",
                "colour: unknown field");
    }

    @Test
    void reportsRangeErrorsBesideAnUnknownOrMistypedField() throws Exception {
        ParsedProfile parsed = parse("{'id':'x','azureSubscripton':true,'routing':{'asn':0,'edgeRouters':'two'},"
                + "'azure':{'vnetLinks':-1,'sku':'GOLD'},'resilience':{'circuits':-2}}");

        assertThat(parsed.errors()).extracting(FieldError::toString).containsExactlyInAnyOrder(
                "azureSubscripton: unknown field (did you mean 'azureSubscription'?)",
                "routing.edgeRouters: expected a whole number, got string \"two\"",
                "azure.sku: expected one of LOCAL, STANDARD, PREMIUM, got string \"GOLD\"",
                "routing.asn: must be between 1 and 4294967295, got 0",
                "azure.vnetLinks: must not be negative, got -1",
                "resilience.circuits: must not be negative, got -2");
    }

    @Test
    void suggestsTheFieldAnUnknownNameIsPartOfOrStandsFor() throws Exception {
        ParsedProfile parsed = parse("{'id':'x','connectivity':{'bandwidth':1000},'workloads':{'teams':true,"
                + "'office365':true},'azure':{'sku':'Premum'}}");

        assertThat(parsed.errors()).extracting(FieldError::toString).containsExactlyInAnyOrder(
                "connectivity.bandwidth: unknown field (did you mean 'bandwidthMbps'?)",
                "workloads.teams: unknown field (did you mean 'realtimeMedia'?)",
                "workloads.office365: unknown field (did you mean 'microsoft365'?)",
                "azure.sku: expected one of LOCAL, STANDARD, PREMIUM, got string \"Premum\" (did you mean 'PREMIUM'?)");
    }

    @Test
    void readsEnumValuesInAnyCaseAndKeepsTheCanonicalSpelling() throws Exception {
        ParsedProfile parsed = parse("{'id':'x','azure':{'sku':'Standard','gateway':{'sku':'ErGw1AZ'}}}");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.profile().azure().sku()).isEqualTo(Sku.STANDARD);
        assertThat(parsed.profile().azure().sku().toString()).isEqualTo("STANDARD");
        assertThat(parsed.profile().azure().gateway().sku()).isEqualTo(GatewaySku.ERGW1AZ);
    }

    @Test
    void reportsEveryWrongTypeNotJustTheFirst() throws Exception {
        ParsedProfile parsed = parse("{'id':'x','azureSubscription':'yes','routing':{'asn':'65010','edgeRouters':1.5},"
                + "'azure':{'sku':'GOLD','regions':'westeurope'}}");

        assertThat(parsed.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "azureSubscription", "routing.asn", "routing.edgeRouters", "azure.sku", "azure.regions");
        assertThat(parsed.errors()).filteredOn(e -> e.field().equals("azure.sku")).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("LOCAL, STANDARD, PREMIUM").contains("GOLD"));
    }

    @Test
    void requiresAnId() throws Exception {
        assertThat(parse("{'name':'No id'}").errors()).extracting(FieldError::field).containsExactly("id");
        assertThat(parse("{'id':'  '}").errors()).extracting(FieldError::field).containsExactly("id");
        assertThat(parse("{'id':42}").errors()).extracting(FieldError::field).containsExactly("id");
    }

    @Test
    void aRecordThatIsNotAnObjectIsRejected() throws Exception {
        assertThat(parse("[1,2]").errors()).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("expected a JSON object"));
    }

    @Test
    void malformedAddressesAreRejectedWithTheValue() throws Exception {
        ParsedProfile parsed = parse("{'id':'x','peerings':{'private':{'subnets':['192.168.1.0/30','192.168.1.300/30']},"
                + "'microsoft':{'subnets':['203.0.113.1/30']}},'azure':{'vnetAddressSpaces':['10.1.0.0']}}");

        assertThat(parsed.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "peerings.private.subnets[1]", "peerings.microsoft.subnets[0]", "azure.vnetAddressSpaces[0]");
        assertThat(parsed.errors()).filteredOn(e -> e.field().equals("peerings.microsoft.subnets[0]")).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("203.0.113.0/30"));
    }

    @Test
    void aPrefixWithHostBitsSetNamesItsNetwork() throws Exception {
        ParsedProfile parsed = parse("{'id':'x','peerings':{'private':{'subnets':['0.0.0.0/0','10.0.0.1/32',"
                + "'10.0.0.1/0','172.16.0.9/29','2001:db8::1/126']}}}");

        assertThat(parsed.errors()).extracting(FieldError::toString).containsExactly(
                "peerings.private.subnets[2]: \"10.0.0.1/0\" has host bits set; did you mean 0.0.0.0/0?",
                "peerings.private.subnets[3]: \"172.16.0.9/29\" has host bits set; did you mean 172.16.0.8/29?",
                "peerings.private.subnets[4]: \"2001:db8::1/126\" has host bits set; did you mean 2001:db8::/126?");
    }

    @Test
    void impossibleNumbersAreRejected() throws Exception {
        ParsedProfile parsed = parse("{'id':'x','connectivity':{'bandwidthMbps':0},'routing':{'asn':4294967296,"
                + "'privatePrefixes':-1}}");

        assertThat(parsed.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "connectivity.bandwidthMbps", "routing.asn", "routing.privatePrefixes");
    }

    @Test
    void missingAndNullMeanUnknownWhichIsNotFalse() throws Exception {
        Customer unknown = Customer.from(parse("{'id':'x','routing':{'bgpCapable':null}}").profile());
        Customer no = Customer.from(parse("{'id':'x','routing':{'bgpCapable':false}}").profile());

        assertThat(unknown.bgpCapable()).isNull();
        assertThat(unknown.colocatedAtCloudExchange()).isNull();
        assertThat(no.bgpCapable()).isFalse();
    }

    @Test
    void ipv6PrefixesAreAccepted() throws Exception {
        assertThat(parse("{'id':'x','peerings':{'private':{'subnets':['2001:db8::/125']}}}").isValid()).isTrue();
    }
}
