package com.expressrouteadvisor.batch;

import com.expressrouteadvisor.profile.AzureCloud;
import com.expressrouteadvisor.profile.Billing;
import com.expressrouteadvisor.profile.Customer;
import com.expressrouteadvisor.profile.Encryption;
import com.expressrouteadvisor.profile.FieldError;
import com.expressrouteadvisor.profile.FirstHopRedundancy;
import com.expressrouteadvisor.profile.GatewaySku;
import com.expressrouteadvisor.profile.ParsedProfile;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.report.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvInputTest {

    @TempDir
    Path folder;

    private final ProfileParser parser = new ProfileParser();

    @Test
    void csvRowsReadAsTheSameProfilesAsTheirJson() throws IOException {
        List<String> lines = Portfolios.ndjsonLines(500, 11);
        ObjectWriter rows = new CsvMapper().writerFor(String[].class).with(CsvSchema.emptySchema());
        StringBuilder csv = new StringBuilder(rows.writeValueAsString(ProfileColumns.header()));
        for (String line : lines) {
            csv.append(rows.writeValueAsString(ProfileColumns.toCells(Json.mapper().readTree(line))));
        }
        Path file = write("portfolio.csv", csv.toString());

        List<InputRecord> records = readAll(file);

        assertThat(records).hasSize(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            ParsedProfile fromCsv = parser.parse(records.get(i).node(Json.mapper()));
            ParsedProfile fromJson = parser.parse(lines.get(i));
            assertThat(fromCsv.errors()).isEmpty();
            assertThat(fromCsv.profile()).isEqualTo(fromJson.profile());
        }
    }

    @Test
    void dottedColumnsNestAndSemicolonsSeparateListElements() throws IOException {
        Path file = write("one.csv", """
                id,connectivity.hasMplsWan,connectivity.bandwidthMbps,azure.regions,peerings.private.subnets
                c-1,TRUE,1000,westeurope; northeurope ,192.168.1.0/30;192.168.1.4/30
                """);

        JsonNode node = readAll(file).get(0).node(Json.mapper());

        assertThat(node.at("/connectivity/hasMplsWan").booleanValue()).isTrue();
        assertThat(node.at("/connectivity/bandwidthMbps").intValue()).isEqualTo(1000);
        assertThat(node.at("/azure/regions")).extracting(JsonNode::asText).containsExactly("westeurope", "northeurope");
        assertThat(node.at("/peerings/private/subnets")).hasSize(2);
    }

    @Test
    void version2ColumnsReadIntoTheCustomerFact() throws IOException {
        Path file = write("v2.csv", """
                id,azure.cloud,azure.gateway.sku,azure.gateway.subnetPrefixLength,azure.gateway.fastPath,\
                resilience.peeringLocationNames,routing.firstHopRedundancy,security.encryption,\
                interconnect.vpnBackup,existingCircuit.bandwidthMbps,existingCircuit.billing,connectivity.billing
                c-1,Azure,ErGw3AZ,27,true,Amsterdam;Amsterdam2;amsterdam,BGP,IPsec,TRUE,1000,Unlimited,UNLIMITED
                """);

        ParsedProfile parsed = parser.parse(readAll(file).get(0).node(Json.mapper()));

        assertThat(parsed.errors()).isEmpty();
        Customer customer = Customer.from(parsed.profile());
        assertThat(customer.cloud()).isEqualTo(AzureCloud.AZURE);
        assertThat(customer.gatewaySku()).isEqualTo(GatewaySku.ERGW3AZ);
        assertThat(customer.gatewaySubnetPrefixLength()).isEqualTo(27);
        assertThat(customer.fastPath()).isTrue();
        assertThat(customer.peeringLocationNames()).containsExactly("Amsterdam", "Amsterdam2");
        assertThat(customer.peeringLocations()).isEqualTo(2);
        assertThat(customer.firstHopRedundancy()).isEqualTo(FirstHopRedundancy.BGP);
        assertThat(customer.encryption()).isEqualTo(Encryption.IPSEC);
        assertThat(customer.vpnBackup()).isTrue();
        assertThat(customer.existingCircuitBandwidthMbps()).isEqualTo(1000);
        assertThat(customer.existingCircuitBilling()).isEqualTo(Billing.UNLIMITED);
        assertThat(customer.billing()).isEqualTo(Billing.UNLIMITED);
    }

    @Test
    void aBadVersion2CellIsRefusedByItsColumn() throws IOException {
        Path file = write("v2-bad.csv", """
                id,azure.gateway.sku,azure.gateway.subnetPrefixLength,azure.gateway.zoneRedundnt
                c-1,ERGW4AZ,/27,true
                """);

        ParsedProfile parsed = parser.parse(readAll(file).get(0).node(Json.mapper()));

        assertThat(parsed.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "azure.gateway.sku", "azure.gateway.subnetPrefixLength", "azure.gateway.zoneRedundnt");
        assertThat(parsed.errors()).extracting(FieldError::reason)
                .anySatisfy(r -> assertThat(r).contains("ERGW4AZ").contains("did you mean"))
                .anySatisfy(r -> assertThat(r).contains("did you mean 'zoneRedundant'"));
    }

    @Test
    void theGeneratedHeaderNamesEveryVersion2Field() {
        assertThat(ProfileColumns.header()).contains("azure.cloud", "azure.gateway.sku", "azure.gateway.scaleUnits",
                "azure.gateway.zoneRedundant", "azure.gateway.subnetPrefixLength", "azure.gateway.circuitsPerVnet",
                "azure.gateway.fastPath", "azure.gateway.privateEndpointsOverFastPath",
                "azure.prefixesAdvertisedToOnPremises", "routing.privatePrefixesIpv6", "routing.advertisesDefaultRoute",
                "routing.bfdEnabled", "routing.firstHopRedundancy", "routing.microsoftPrefixesAlsoOnInternet",
                "interconnect.globalReach", "interconnect.vpnBackup", "interconnect.vpnExpressRouteTransit",
                "security.encryption", "resilience.peeringLocationNames", "existingCircuit.bandwidthMbps",
                "existingCircuit.sku", "existingCircuit.billing", "connectivity.billing");
    }

    @Test
    void anEmptyCellIsUnknownNotFalse() throws IOException {
        Path file = write("unknown.csv", "id,connectivity.hasMplsWan,routing.asn\nc-1,,\n");

        ParsedProfile parsed = parser.parse(readAll(file).get(0).node(Json.mapper()));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.profile().connectivity()).isNull();
        assertThat(parsed.profile().routing()).isNull();
    }

    @Test
    void aCellOfTheWrongTypeIsRefusedByFieldName() throws IOException {
        Path file = write("typed.csv", "id,routing.asn,connectivity.hasMplsWan\nc-1,AS65010,ja\n");

        ParsedProfile parsed = parser.parse(readAll(file).get(0).node(Json.mapper()));

        assertThat(parsed.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("routing.asn", "connectivity.hasMplsWan");
        assertThat(parsed.errors().get(0).reason()).contains("AS65010");
    }

    @Test
    void aColumnThatNamesNoFieldIsRefusedByName() throws IOException {
        Path file = write("typo.csv", "id,connectivity.bandwithMbps\nc-1,1000\n");

        ParsedProfile parsed = parser.parse(readAll(file).get(0).node(Json.mapper()));

        assertThat(parsed.errors()).extracting(FieldError::field).containsExactly("connectivity.bandwithMbps");
        assertThat(parsed.errors().get(0).reason()).contains("did you mean 'bandwidthMbps'");
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsAnUnreadableRecordWithItsLine() throws IOException {
        Path file = write("ragged.csv", "id,name\nc-1,One\nc-2,Two,extra\nc-3,Three\n");

        List<InputRecord> records = readAll(file);

        assertThat(records).hasSize(3);
        assertThat(records.get(1).line()).isEqualTo(3);
        assertThat(records.get(1).node(Json.mapper())).isNull();
        assertThat(records.get(2).node(Json.mapper()).get("id").asText()).isEqualTo("c-3");
    }

    @Test
    void aByteOrderMarkFromASpreadsheetDoesNotHideTheFirstColumn() throws IOException {
        Path file = write("bom.csv", "\uFEFFid,name\nc-1,One\n");

        assertThat(parser.parse(readAll(file).get(0).node(Json.mapper())).errors()).isEmpty();
    }

    private List<InputRecord> readAll(Path file) throws IOException {
        List<InputRecord> records = new ArrayList<>();
        try (ProfileReader reader = new ProfileReaders(Json.mapper(), System.in).open(file.toString())) {
            for (InputRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        }
        return records;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
