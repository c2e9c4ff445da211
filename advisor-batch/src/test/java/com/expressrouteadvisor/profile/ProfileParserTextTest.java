package com.expressrouteadvisor.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Parsing JSON text directly (the batch fast path) must reach exactly what parsing its tree reaches. */
class ProfileParserTextTest {

    private final ProfileParser parser = new ProfileParser();
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"id\":\"ok\",\"connectivity\":{\"hasMplsWan\":true,\"bandwidthMbps\":1000},\"azure\":{\"sku\":\"PREMIUM\",\"regions\":[\"westeurope\"]}}",
            "{\"id\":\"ok\",\"peerings\":{\"private\":{\"enabled\":true,\"subnets\":[\"192.168.1.0/30\",\"192.168.1.4/30\"]}}}",
            "{\"id\":\"n\",\"routing\":{\"asn\":\"65010\"}}",
            "{\"id\":\"n\",\"routing\":{\"asn\":65010.0}}",
            "{\"id\":\"n\",\"routing\":{\"asn\":99999999999}}",
            "{\"id\":\"n\",\"connectivity\":{\"bandwidthMbps\":3000000000}}",
            "{\"id\":\"n\",\"connectivity\":{\"bandwidthMbps\":\"\"}}",
            "{\"id\":\"n\",\"connectivity\":{\"hasMplsWan\":\"true\"}}",
            "{\"id\":\"n\",\"connectivity\":{\"hasMplsWan\":1}}",
            "{\"id\":\"n\",\"connectivity\":{\"peeringLocation\":42}}",
            "{\"id\":\"n\",\"connectivity\":{\"peeringLocation\":true}}",
            "{\"id\":\"n\",\"connectivity\":{\"peeringLocation\":[\"Amsterdam\"]}}",
            "{\"id\":\"n\",\"azure\":{\"sku\":\"premium\"}}",
            "{\"id\":\"n\",\"azure\":{\"sku\":1}}",
            "{\"id\":\"n\",\"azure\":{\"sku\":\"1\"}}",
            "{\"id\":\"n\",\"azure\":{\"regions\":[\"westeurope\",null]}}",
            "{\"id\":\"n\",\"azure\":{\"regions\":\"westeurope\"}}",
            "{\"id\":\"n\",\"azure\":{\"regions\":[\" \"]}}",
            "{\"id\":\"n\",\"azure\":{\"vnetAddressSpaces\":[\"10.0.0.1/16\"]}}",
            "{\"id\":\"n\",\"connectivity\":{\"bandwithMbps\":100}}",
            "{\"id\":\"n\",\"routing\":[]}",
            "{\"id\":\"n\",\"routing\":null}",
            "{\"id\":\"\"}",
            "{\"id\":\"  \"}",
            "{\"id\":7}",
            "{\"name\":\"no id\"}",
            "[{\"id\":\"in an array\"}]",
            "\"just text\"",
            "{\"id\":\"n\",\"resilience\":{\"circuits\":-1}}"})
    void textAndTreeGiveTheSameOutcome(String text) throws Exception {
        ParsedProfile fromText = parser.parse(text);
        ParsedProfile fromTree = parser.parse(json.readTree(text));
        assertThat(fromText).isEqualTo(fromTree);
    }
}
