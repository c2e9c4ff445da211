package com.expressrouteadvisor.reference;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CIDR arithmetic the addressing rules call through the global {@code addressing}, on the IPAddress library: whether a peering's subnets are one /29
 * or two /30s (IPv6: one /125 or two /126s; ROUTE-PRIVATE-SUBNET, ROUTE-PRIVATE-SUBNET-V6, ROUTE-MS-SUBNET),
 * whether they overlap VNet address spaces, and whether they are public (ROUTE-PREFIX-RULES). Stateless.
 *
 * <pre>{@code
 * Customer( privatePeeringSubnets != null, !addressing.isOneSlash29OrTwoSlash30s(privatePeeringSubnets) )
 * }</pre>
 * Profiles are validated before the rules see them, so every entry should parse; an entry that does not is
 * treated as wrong (never as fine): it makes a subnet set invalid and is listed as not public. Thread-safe.
 */
public final class PeeringAddressing {

    /**
     * Ranges that are never public: RFC 1918 and the other special-purpose blocks of RFC 6890 (this network,
     * shared CGN space, loopback, link-local, IETF protocol assignments, benchmarking, multicast, reserved) and
     * for IPv6 unspecified, loopback, unique-local, link-local and multicast. The documentation ranges
     * (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) count as public so that examples work.
     */
    private static final List<Block> NOT_PUBLIC = parseAll(List.of(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "fc00::/7", "fe80::/10", "ff00::/8"));

    /**
     * The rules ask about the same prefixes several times per customer and parsing is the costly part, so parsed
     * prefixes are remembered, up to a bound that a long batch of distinct prefixes cannot exceed.
     */
    static final int CACHE_LIMIT = 50_000;
    private final Map<String, Optional<Block>> parsed = new ConcurrentHashMap<>();
    /**
     * The prefixes this thread parsed last, by identity: the rules of one evaluation ask about the same string
     * objects of one customer several times, and a comparison of references is cheaper than hashing the text
     * into the shared map (which, past its bound, misses for every new customer).
     */
    private static final int RECENT = 16;
    private final ThreadLocal<Object[]> recent = ThreadLocal.withInitial(() -> new Object[2 * RECENT + 1]);

    /**
     * Whether the subnets address a peering's primary and secondary links: per address family present, either
     * one /29 (/125) or two non-overlapping /30s (/126s). IPv4 and IPv6 may both be present (dual stack);
     * an empty list is not valid.
     */
    public boolean isOneSlash29OrTwoSlash30s(List<String> subnets) {
        return familiesNotOneSlash29OrTwoSlash30s(subnets).isEmpty();
    }

    /**
     * The address families, IPv4 then IPv6, whose subnets are not one /29 or two /30s (IPv6:
     * one /125 or two /126s), so that a message names only the family at fault. An empty list, and an entry that
     * does not parse, count against IPv4.
     */
    public List<AddressFamily> familiesNotOneSlash29OrTwoSlash30s(List<String> subnets) {
        if (subnets == null || subnets.isEmpty()) {
            return List.of(AddressFamily.IPV4);
        }
        List<Block> v4 = new ArrayList<>();
        List<Block> v6 = new ArrayList<>();
        boolean unreadable = false;
        for (String subnet : subnets) {
            Block address = parse(subnet);
            if (address == null) {
                unreadable = true;
            } else {
                (address.isIPv4() ? v4 : v6).add(address);
            }
        }
        List<AddressFamily> invalid = new ArrayList<>(2);
        if (unreadable || (!v4.isEmpty() && !isLinkPair(v4, 29))) {
            invalid.add(AddressFamily.IPV4);
        }
        if (!v6.isEmpty() && !isLinkPair(v6, 125)) {
            invalid.add(AddressFamily.IPV6);
        }
        return invalid;
    }

    /** The subnets of one address family, in the customer's order; unreadable ones with IPv4. */
    public List<String> ofFamily(List<String> subnets, AddressFamily family) {
        if (subnets == null) {
            return List.of();
        }
        boolean v4 = family == AddressFamily.IPV4;
        return subnets.stream().filter(s -> {
            Block address = parse(s);
            return address == null ? v4 : address.isIPv4() == v4;
        }).map(String::trim).toList();
    }

    private static boolean isLinkPair(List<Block> blocks, int single) {
        if (blocks.size() == 1) {
            return blocks.get(0).prefixLength() == single;
        }
        return blocks.size() == 2
                && blocks.get(0).prefixLength() == single + 1 && blocks.get(1).prefixLength() == single + 1
                && !blocks.get(0).overlaps(blocks.get(1));
    }

    /** Each pair of a subnet and an address space that share addresses, in the customer's order. */
    public List<SubnetOverlap> overlaps(List<String> subnets, List<String> addressSpaces) {
        if (subnets == null || addressSpaces == null) {
            return List.of();
        }
        List<Block> spaces = addressSpaces.stream().map(this::parse).toList();
        List<SubnetOverlap> overlaps = new ArrayList<>();
        for (String subnet : subnets) {
            Block s = parse(subnet);
            for (int i = 0; i < spaces.size(); i++) {
                Block v = spaces.get(i);
                if (s != null && v != null && s.isIPv4() == v.isIPv4() && s.overlaps(v)) {
                    overlaps.add(new SubnetOverlap(subnet.trim(), addressSpaces.get(i).trim()));
                }
            }
        }
        return overlaps;
    }

    /** The subnets that are not wholly public address space (RFC 1918, ULA, CGN, link-local, …). */
    public List<String> notPublic(List<String> subnets) {
        if (subnets == null) {
            return List.of();
        }
        return subnets.stream().filter(s -> !isPublic(s)).map(String::trim).toList();
    }

    /** Whether the prefix lies wholly in public address space. */
    public boolean isPublic(String prefix) {
        Block address = parse(prefix);
        if (address == null) {
            return false;
        }
        for (Block block : NOT_PUBLIC) { // a loop, not a stream: per Microsoft peering subnet, several times
            if (block.isIPv4() == address.isIPv4() && block.overlaps(address)) {
                return false;
            }
        }
        return true;
    }

    /** How many of the prefixes are of one address family. */
    public int count(List<String> prefixes, AddressFamily family) {
        if (prefixes == null) {
            return 0;
        }
        boolean v4 = family == AddressFamily.IPV4;
        return (int) prefixes.stream().map(this::parse)
                .filter(a -> a != null && a.isIPv4() == v4).count();
    }

    /** The prefixes for a message: "192.168.1.0/30, 192.168.1.4/30", or "-" when there are none. */
    public String describe(List<String> prefixes) {
        return prefixes == null || prefixes.isEmpty() ? "-" : String.join(", ", prefixes.stream().map(String::trim)
                .toList());
    }

    private static int prefixLength(IPAddress address) {
        Integer length = address.getNetworkPrefixLength();
        return length == null ? address.getBitCount() : length;
    }

    /**
     * A parsed prefix block. Canonical IPv4 text, what validated profiles hold, is kept as numbers: making the
     * library's address objects cost more than all the arithmetic the rules ask for. Anything else is the library's.
     */
    private sealed interface Block permits Ipv4Block, AddressBlock {

        boolean isIPv4();

        int prefixLength();

        /** Whether the two blocks, of the same address family, share addresses. */
        boolean overlaps(Block other);

        IPAddress address();
    }

    /** An IPv4 prefix block as its network bits and length. */
    private record Ipv4Block(int network, int length) implements Block {

        static Ipv4Block of(Ipv4Prefix.Cidr cidr) {
            return new Ipv4Block(cidr.address() & Ipv4Prefix.networkMask(cidr.length()), cidr.length());
        }

        @Override
        public boolean isIPv4() {
            return true;
        }

        @Override
        public int prefixLength() {
            return length;
        }

        @Override
        public boolean overlaps(Block other) {
            if (other instanceof Ipv4Block that) { // two blocks share addresses when the wider one holds the other
                int wider = Ipv4Prefix.networkMask(Math.min(length, that.length));
                return (network & wider) == (that.network & wider);
            }
            return address().overlaps(other.address());
        }

        @Override
        public IPAddress address() {
            return new IPv4Address(network, length).toPrefixBlock();
        }
    }

    /** Any other prefix, as the library's address. */
    private record AddressBlock(IPAddress address) implements Block {

        @Override
        public boolean isIPv4() {
            return address.isIPv4();
        }

        @Override
        public int prefixLength() {
            return PeeringAddressing.prefixLength(address);
        }

        @Override
        public boolean overlaps(Block other) {
            return address.overlaps(other.address());
        }
    }

    /** The prefix block, or null when the text is not an address with a prefix length. */
    private Block parse(String text) {
        if (text == null) {
            return null;
        }
        Object[] last = recent.get(); // pairs of text and address, then the next slot to overwrite
        for (int i = 0; i < 2 * RECENT; i += 2) {
            if (last[i] == text) {
                return (Block) last[i + 1];
            }
        }
        Ipv4Prefix.Cidr canonical = Ipv4Prefix.read(text);
        Block address = canonical != null ? Ipv4Block.of(canonical) : parseShared(text);
        int next = last[2 * RECENT] == null ? 0 : (Integer) last[2 * RECENT];
        last[next] = text;
        last[next + 1] = address;
        last[2 * RECENT] = (next + 2) % (2 * RECENT);
        return address;
    }

    private Block parseShared(String text) {
        Optional<Block> known = parsed.get(text);
        if (known == null) {
            known = Optional.ofNullable(parseUncached(text));
            if (parsed.size() < CACHE_LIMIT) {
                parsed.put(text, known);
            }
        }
        return known.orElse(null);
    }

    private static Block parseUncached(String text) {
        IPAddressString string = new IPAddressString(text.trim());
        IPAddress address = string.getAddress();
        if (address == null || !string.isPrefixed()) {
            return null;
        }
        return new AddressBlock(address.toPrefixBlock());
    }

    private static List<Block> parseAll(List<String> blocks) {
        return blocks.stream().map(PeeringAddressing::parseFresh).toList();
    }

    /** As {@link #parse}, without the memos: canonical IPv4 as numbers, the rest with the library. */
    private static Block parseFresh(String text) {
        Ipv4Prefix.Cidr canonical = Ipv4Prefix.read(text);
        return canonical != null ? Ipv4Block.of(canonical) : parseUncached(text);
    }
}
