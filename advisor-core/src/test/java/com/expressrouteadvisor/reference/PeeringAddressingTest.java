package com.expressrouteadvisor.reference;

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
