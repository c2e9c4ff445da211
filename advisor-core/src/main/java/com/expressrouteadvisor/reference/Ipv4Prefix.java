package com.expressrouteadvisor.reference;

import inet.ipaddr.ipv4.IPv4Address;

/**
 * Canonical IPv4 CIDR text ({@code 192.168.100.0/30}: four decimal octets without leading zeros, a slash, a
 * decimal prefix length up to 32) read straight into the address library's type. The library's general parser
 * accepts many more notations and validates for them, which made it the costliest step of the addressing rules
 * for the common case; every other text is left to it.
 */
public final class Ipv4Prefix {

    private static final int OCTETS = 4;

    private Ipv4Prefix() {
    }

    /**
     * The address with its prefix length, as the library's parser gives it for the same text (a prefix block
     * when the host bits are zero), or null when the text is not canonical IPv4 CIDR.
     */
    public static IPv4Address parse(String text) {
        Cidr cidr = read(text);
        return cidr == null ? null : cidr.toAddress();
    }

    /** The bits of an IPv4 address that a prefix of this length fixes: {@code /24} is {@code 0xFFFFFF00}. */
    public static int networkMask(int length) {
        return length == 0 ? 0 : -1 << (Integer.SIZE - length); // a shift by 32 would shift by 0
    }

    /** The address bits and prefix length of canonical IPv4 CIDR text, or null for any other text. */
    public static Cidr read(String text) {
        int end = text.length();
        if (end < "0.0.0.0/0".length() || end > "255.255.255.255/32".length()) {
            return null;
        }
        int address = 0;
        int at = 0;
        for (int octet = 0; octet < OCTETS; octet++) {
            int start = at;
            int value = decimal(text, at, 3);
            at = start + digits(text, start, 3);
            char separator = octet < OCTETS - 1 ? '.' : '/';
            if (value < 0 || value > 255 || at >= end || text.charAt(at) != separator) {
                return null;
            }
            address = address << Byte.SIZE | value;
            at++;
        }
        int length = decimal(text, at, 2);
        if (length < 0 || length > Integer.SIZE || at + digits(text, at, 2) != end) {
            return null;
        }
        return new Cidr(address, length);
    }

    /**
     * Canonical IPv4 CIDR as numbers: what a validity check needs, without the library's address object, which
     * costs more to make than the whole check.
     */
    public record Cidr(int address, int length) {

        /** True when the bits past the prefix length are all zero, so the text names a network. */
        public boolean isPrefixBlock() {
            return (address & ~networkMask(length)) == 0;
        }

        /** The same prefix as the address library's type. */
        public IPv4Address toAddress() {
            return new IPv4Address(address, length);
        }
    }

    /** The decimal number of at most {@code max} digits at {@code from}, or -1 when none or with a leading zero. */
    private static int decimal(String text, int from, int max) {
        int count = digits(text, from, max);
        if (count == 0 || (count > 1 && text.charAt(from) == '0')) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static int digits(String text, int from, int max) {
        int count = 0;
        while (count < max && from + count < text.length()) {
            char c = text.charAt(from + count);
            if (c < '0' || c > '9') {
                break;
            }
            count++;
        }
        return count;
    }
}
