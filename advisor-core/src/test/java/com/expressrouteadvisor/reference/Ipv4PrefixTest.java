package com.expressrouteadvisor.reference;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The IPv4 shortcut reads canonical CIDR exactly as the address library does, and leaves everything else to it. */
class Ipv4PrefixTest {

    @ParameterizedTest
    @ValueSource(strings = {"192.168.100.0/30", "192.168.100.1/30", "10.0.0.0/8", "0.0.0.0/0", "255.255.255.255/32",
            "172.16.4.8/29", "1.2.3.4/0", "100.64.0.0/10", "192.168.1.0/31"})
    void readsCanonicalTextAsTheLibraryDoes(String text) {
        assertSameAsLibrary(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.100.0", "192.168.100.0/33", "256.1.1.1/24", "01.2.3.4/8", "1.2.3.4/08",
            "1.2.3/24", "1.2.3.4.5/24", " 1.2.3.4/24", "1.2.3.4/24 ", "1.2.3.4/", "/24", "1..3.4/24", "1.2.3.4/-1",
            "1.2.3.4/2a", "1.2.3.4\\24", "10.*.0.0/16", "0x0a000000/8", "10.0.0.0/255.0.0.0", "2001:db8::/126",
            "١.2.3.4/24", "1.2.3.4/100", "1234.2.3.4/24", ""})
    void leavesEveryOtherTextToTheLibrary(String text) {
        assertThat((Object) Ipv4Prefix.parse(text)).isNull();
        assertThat(Ipv4Prefix.read(text)).isNull();
    }

    @Test
    void agreesWithTheLibraryOnRandomPrefixes() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            String text = random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
                    + random.nextInt(256) + "/" + random.nextInt(33);
            assertSameAsLibrary(text);
        }
    }

    private static void assertSameAsLibrary(String text) {
        IPAddress expected = new IPAddressString(text).getAddress();
        IPAddress actual = Ipv4Prefix.parse(text);
        assertThat((Object) actual).as(text).isEqualTo(expected);
        assertThat(actual.isPrefixBlock()).as(text).isEqualTo(expected.isPrefixBlock());
        assertThat(actual.getNetworkPrefixLength()).as(text).isEqualTo(expected.getNetworkPrefixLength());
        assertThat((Object) actual.toPrefixBlock()).as(text).isEqualTo(expected.toPrefixBlock());
        assertThat(actual.toCanonicalString()).as(text).isEqualTo(expected.toCanonicalString());
        assertThat(Ipv4Prefix.read(text).isPrefixBlock()).as(text).isEqualTo(expected.isPrefixBlock());
    }
}
