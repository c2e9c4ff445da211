package com.expressrouteadvisor.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Peer ASNs that ExpressRoute refuses (reserved-asns.csv: ASN-RESERVED, ASN-MICROSOFT, ASN-MS-PEERING and the
 * IETF reservations), and which ASNs are private. Rules reach it through the global {@code asns}. Immutable.
 *
 * <pre>{@code
 * Customer( asn != null, asns.reservedOnEveryPeering(asn) )
 * }</pre>
 */
public final class ReservedAsnCatalog {

    /** Where a reserved range is refused. */
    public enum Scope { ANY, MICROSOFT }

    /** One reserved range, both ends included. */
    public record Range(long first, long last, Scope scope, String reason) {
        boolean contains(long asn) {
            return asn >= first && asn <= last;
        }
    }

    // Private-use ASNs are defined by RFC 6996, not by Microsoft's documents: protocol, not a limit.
    private static final List<Range> PRIVATE_USE = List.of(
            new Range(64_512, 65_534, Scope.ANY, "RFC 6996 16-bit private use"),
            new Range(4_200_000_000L, 4_294_967_294L, Scope.ANY, "RFC 6996 32-bit private use"));

    private final List<Range> ranges;

    public ReservedAsnCatalog(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static ReservedAsnCatalog load(Path csv) {
        List<Range> ranges = new ArrayList<>();
        for (Map<String, String> row : CsvTable.read(csv, "first", "last", "scope", "reason")) {
            Scope scope;
            try {
                scope = Scope.valueOf(row.get("scope").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ReferenceDataException(csv + ": scope must be 'any' or 'microsoft', got '" + row.get("scope")
                        + "'");
            }
            try {
                ranges.add(new Range(Long.parseLong(row.get("first")), Long.parseLong(row.get("last")), scope,
                        row.get("reason")));
            } catch (NumberFormatException e) {
                throw new ReferenceDataException(csv + ": first and last must be ASNs, got " + row);
            }
        }
        return new ReservedAsnCatalog(ranges);
    }

    /** Refused as the peer ASN of any peering (e.g. 65515-65520, Microsoft's own 12076). */
    public boolean reservedOnEveryPeering(Long asn) {
        return asn != null && ranges.stream().anyMatch(r -> r.scope() == Scope.ANY && r.contains(asn));
    }

    /** Refused on Microsoft peering only (the documentation ASNs 64496-64511). */
    public boolean reservedOnMicrosoftPeering(Long asn) {
        return asn != null && ranges.stream().anyMatch(r -> r.scope() == Scope.MICROSOFT && r.contains(asn));
    }

    /** A private-use ASN (RFC 6996): 64512-65534 or 4200000000-4294967294. */
    public boolean isPrivate(Long asn) {
        return asn != null && PRIVATE_USE.stream().anyMatch(r -> r.contains(asn));
    }

    public List<Range> ranges() {
        return ranges;
    }
}
