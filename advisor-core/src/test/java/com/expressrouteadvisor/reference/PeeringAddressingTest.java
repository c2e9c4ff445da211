package com.expressrouteadvisor.reference;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CIDR arithmetic of the addressing rules. */
class PeeringAddressingTest {

    private final PeeringAddressing addressing = new PeeringAddressing();

    @Test
    void acceptsOneSlash29OrTwoDistinctSlash30sPerFamily() {
        assertThat(addressing.isOneSlash29OrTwoSlash30s(List.of("192.168.1.0/29"))).isTrue();
        assertThat(addressing.isOneSlash29OrTwoSlash30s(List.of("192.168.1.0/30", "10.0.0.0/30"))).isTrue();
        assertThat(addressing.isOneSlash29OrTwoSlash30s(List.of("2001:db8::/126", "2001:db8::4/126"))).isTrue();
        assertThat(addressing.isOneSlash29OrTwoSlash30s(List.of("192.168.1.0/30", "192.168.1.0/30"))).isFalse();
        assertThat(addressing.isOneSlash29OrTwoSlash30s(List.of("192.168.1.0/28"))).isFalse();
        assertThat(addressing.isOneSlash29OrTwoSlash30s(List.of())).isFalse();
    }

    @Test
    void treatsAnUnparsableEntryAsInvalidAndNotPublic() {
        assertThat(addressing.isOneSlash29OrTwoSlash30s(List.of("192.168.1.0"))).isFalse();
        assertThat(addressing.notPublic(List.of("not-an-address"))).containsExactly("not-an-address");
    }

    @Test
    void findsOverlapsInEitherDirectionOnlyWithinOneFamily() {
        assertThat(addressing.overlaps(List.of("10.1.2.0/30", "192.168.0.0/30", "2001:db8::/126"),
                List.of("10.1.0.0/16", "192.168.0.0/29", "::/0")))
                .containsExactly(new SubnetOverlap("10.1.2.0/30", "10.1.0.0/16"),
                        new SubnetOverlap("192.168.0.0/30", "192.168.0.0/29"),
                        new SubnetOverlap("2001:db8::/126", "::/0"));
    }

    @Test
    void agreesWithTheAddressLibraryOnRandomIpv4Prefixes() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            // Small first octets and short lengths too, so that wide blocks, /0 and the special ranges come up.
            String a = prefix(random);
            String b = prefix(random);
            IPAddress blockA = new IPAddressString(a).getAddress().toPrefixBlock();
            IPAddress blockB = new IPAddressString(b).getAddress().toPrefixBlock();

            assertThat(addressing.overlaps(List.of(a), List.of(b))).as("%s overlaps %s", a, b)
                    .hasSize(blockA.overlaps(blockB) ? 1 : 0);
            assertThat(addressing.isPublic(a)).as("%s is public", a).isEqualTo(NOT_PUBLIC.stream()
                    .noneMatch(block -> new IPAddressString(block).getAddress().overlaps(blockA)));
            assertThat(addressing.isOneSlash29OrTwoSlash30s(List.of(a, b))).as("%s and %s", a, b).isEqualTo(
                    blockA.getNetworkPrefixLength() == 30 && blockB.getNetworkPrefixLength() == 30
                            && !blockA.overlaps(blockB));
        }
    }

    private static final List<String> NOT_PUBLIC = List.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
            "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4",
            "240.0.0.0/4");

    private static String prefix(java.util.Random random) {
        int[] firstOctets = {0, 10, 100, 127, 169, 172, 192, 198, 203, 224, 250, random.nextInt(256)};
        int length = random.nextInt(4) == 0 ? random.nextInt(33) : 26 + random.nextInt(7);
        return firstOctets[random.nextInt(firstOctets.length)] + "." + random.nextInt(256) + "." + random.nextInt(4)
                + "." + random.nextInt(256) + "/" + length;
    }

    @Test
    void knowsPrivateAndSpecialPurposeSpace() {
        assertThat(addressing.notPublic(List.of("10.0.0.0/29", "172.31.255.248/29", "192.168.0.0/30",
                "100.127.0.0/30", "169.254.1.0/30", "fd12::/125", "fe80::/125", "203.0.113.0/30", "8.8.8.0/29",
                "2620:1ec::/125", "0.0.0.0/0")))
                .containsExactly("10.0.0.0/29", "172.31.255.248/29", "192.168.0.0/30", "100.127.0.0/30",
                        "169.254.1.0/30", "fd12::/125", "fe80::/125", "0.0.0.0/0");
    }

    @Test
    void countsPerFamilyAndDescribesForMessages() {
        List<String> spaces = List.of("10.0.0.0/16", "10.1.0.0/16", "2001:db8::/48");

        assertThat(addressing.count(spaces, AddressFamily.IPV4)).isEqualTo(2);
        assertThat(addressing.count(spaces, AddressFamily.IPV6)).isEqualTo(1);
        assertThat(addressing.describe(spaces)).isEqualTo("10.0.0.0/16, 10.1.0.0/16, 2001:db8::/48");
        assertThat(addressing.describe(List.of())).isEqualTo("-");
    }
}
