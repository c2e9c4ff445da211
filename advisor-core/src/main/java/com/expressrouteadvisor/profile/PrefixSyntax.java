package com.expressrouteadvisor.profile;

import com.expressrouteadvisor.reference.Ipv4Prefix;
import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical CIDR notation only: dotted-decimal IPv4 or standard IPv6 text, a slash, and a decimal prefix length
 * within the address size ({@code 192.168.100.0/30}, {@code 2001:db8::/125}). The address library alone is
 * lenient (wildcards {@code 10.*.0.0/16}, inet_aton forms {@code 0x0a000000/8}, masks {@code 10.0.0.0/255.0.0.0},
 * ranges) and overflows on prefix lengths beyond an int, so the syntax is checked here first.
 */
final class PrefixSyntax {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:]*(?:\\d{1,3}(?:\\.\\d{1,3}){3})?");
    /** Decimal without leading zeros; checked here because the library, told to refuse those, refuses "/0" too. */
    private static final Pattern LENGTH = Pattern.compile("0|[1-9]\\d{0,2}");

    private static final IPAddressStringParameters STRICT = new IPAddressStringParameters.Builder()
            .allowEmpty(false).allowSingleSegment(false).allowMask(false).allowWildcardedSeparator(false)
            .setRangeOptions(RangeParameters.NO_RANGE)
            .getIPv4AddressParametersBuilder()
            .allow_inet_aton(false).allowBinary(false).allowLeadingZeros(false)
            .allowPrefixesBeyondAddressSize(false).getParentBuilder()
            .getIPv6AddressParametersBuilder()
            .allowBinary(false).allowZone(false)
            .allowPrefixesBeyondAddressSize(false).getParentBuilder()
            .toParams();

    private PrefixSyntax() {
    }

    /** The prefix as an address {@link Block}, or a {@link Problem} saying in the user's words what is wrong. */
    static Reading read(String text) {
        Ipv4Prefix.Cidr canonical = Ipv4Prefix.read(text); // the common case, which every check below would pass
        if (canonical != null) {
            return new Ipv4Block(canonical);
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            return new Problem("a prefix length is missing");
        }
        String address = text.substring(0, slash);
        String length = text.substring(slash + 1);
        boolean v4 = IPV4.matcher(address).matches();
        if (!v4 && !IPV6.matcher(address).matches()) {
            return new Problem("'" + shorten(address) + "' is not a dotted-decimal IPv4 or an IPv6 address");
        }
        if (v4) {
            Matcher octets = IPV4.matcher(address);
            octets.matches();
            for (int i = 1; i <= 4; i++) {
                String octet = octets.group(i);
                if (Integer.parseInt(octet) > 255 || (octet.length() > 1 && octet.startsWith("0"))) {
                    return new Problem("'" + octet + "' is not a number from 0 to 255 without leading zeros");
                }
            }
        }
        int max = v4 ? 32 : 128;
        if (!LENGTH.matcher(length).matches() || Integer.parseInt(length) > max) {
            return new Problem("the prefix length must be a whole number from 0 to " + max + ", got '"
                    + shorten(length) + "'");
        }
        IPAddressString parsed = new IPAddressString(text, STRICT);
        IPAddress block = parsed.getAddress();
        if (block == null) {
            return new Problem("'" + shorten(address) + "' is not a valid " + (v4 ? "IPv4" : "IPv6") + " address");
        }
        return new AddressBlock(block);
    }

    private static String shorten(String text) {
        return text.length() > 45 ? text.substring(0, 42) + "..." : text;
    }

    /** What reading a prefix gave. */
    sealed interface Reading permits Block, Problem {
    }

    /** A well-formed prefix; its host bits may still be set. */
    sealed interface Block extends Reading permits Ipv4Block, AddressBlock {

        /** True when the host bits are zero. */
        boolean isPrefixBlock();

        /** The prefix with its host bits cleared, in canonical text. */
        String prefixBlockText();
    }

    /** Canonical IPv4 CIDR, read without the address library. */
    record Ipv4Block(Ipv4Prefix.Cidr cidr) implements Block {

        @Override
        public boolean isPrefixBlock() {
            return cidr.isPrefixBlock();
        }

        @Override
        public String prefixBlockText() {
            return cidr.toAddress().toPrefixBlock().toCanonicalString();
        }
    }

    /** Any other prefix, as the address library read it. */
    record AddressBlock(IPAddress address) implements Block {

        @Override
        public boolean isPrefixBlock() {
            return address.isPrefixBlock();
        }

        @Override
        public String prefixBlockText() {
            return address.toPrefixBlock().toCanonicalString();
        }
    }

    /** Why a text is not a prefix. */
    record Problem(String reason) implements Reading {
    }
}
