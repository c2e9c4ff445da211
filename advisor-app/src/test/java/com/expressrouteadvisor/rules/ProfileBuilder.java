package com.expressrouteadvisor.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * A scenario profile (CONTRACT §3) built from a baseline by changing single fields with dotted paths, so a
 * test reads as "a ready customer, but with ASN 65517". {@link #ready()} is a customer with no gap and no
 * question at all; every scenario changes what it is about and nothing else.
 */
public final class ProfileBuilder {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Co-located at Equinix Amsterdam, runs BGP on two routers with a public ASN, private peering only with
     * two /30s, Standard SKU for two European regions, two circuits in two peering locations, production.
     */
    private static final String READY = """
            {
              "id": "scenario",
              "name": "Scenario B.V.",
              "azureSubscription": true,
              "connectivity": { "colocatedAtCloudExchange": true, "cloudExchangeProvider": "Equinix",
                                "hasMplsWan": false, "needsPointToPoint": false,
                                "peeringLocation": "Amsterdam", "bandwidthMbps": 1000 },
              "routing": { "bgpCapable": true, "asn": 208417, "edgeRouters": 2,
                           "privatePrefixes": 100, "microsoftPrefixes": 10 },
              "peerings": {
                "private": { "enabled": true, "subnets": ["192.168.100.0/30", "192.168.100.4/30"] },
                "microsoft": { "enabled": false },
                "azurePublic": { "enabled": false }
              },
              "azure": { "regions": ["westeurope", "northeurope"], "vnetAddressSpaces": ["10.1.0.0/16"],
                         "vnetLinks": 4, "sku": "STANDARD" },
              "workloads": { "microsoft365": false, "microsoft365Authorized": false, "dynamics365": false,
                             "realtimeMedia": false, "dscpMarking": false },
              "resilience": { "circuits": 2, "peeringLocations": 2, "metro": false, "production": true },
              "security": { "encryptionRequired": false }
            }
            """;

    private final ObjectNode json;

    private ProfileBuilder(ObjectNode json) {
        this.json = json;
    }

    public static ProfileBuilder ready() {
        try {
            return new ProfileBuilder((ObjectNode) MAPPER.readTree(READY));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Only an id: everything else unknown. */
    public static ProfileBuilder empty() {
        return new ProfileBuilder(MAPPER.createObjectNode().put("id", "scenario"));
    }

    /** The ready customer with valid Microsoft peering: public /30s, NAT to owned public addresses. */
    public static ProfileBuilder readyWithMicrosoftPeering() {
        return ready()
                .set("peerings.microsoft.enabled", true)
                .set("peerings.microsoft.subnets", List.of("203.0.113.0/30", "203.0.113.4/30"))
                .set("peerings.microsoft.natPlanned", true)
                .set("peerings.microsoft.natPoolPublic", true)
                .set("peerings.microsoft.publicPrefixesOwned", true);
    }

    /** Sets a field by dotted path (creating sections as needed); a null value writes JSON null. */
    public ProfileBuilder set(String path, Object value) {
        String[] parts = path.split("\\.");
        ObjectNode node = json;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(parts[i]);
        }
        node.set(parts[parts.length - 1], MAPPER.valueToTree(value));
        return this;
    }

    /** Removes a field (it becomes unknown). */
    public ProfileBuilder remove(String path) {
        String[] parts = path.split("\\.");
        JsonNode node = json;
        for (int i = 0; i < parts.length - 1 && node != null; i++) {
            node = node.get(parts[i]);
        }
        if (node instanceof ObjectNode object) {
            object.remove(parts[parts.length - 1]);
        }
        return this;
    }

    public JsonNode json() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
