package com.expressrouteadvisor.reference;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How names from profiles are matched against reference data: case, spacing, punctuation and accents do
 * not count, so "amsterdam 2", "Amsterdam2" and "AMSTERDAM-2" are one location and "GEANT" is "GÉANT".
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {
    }

    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String ascii = asciiKey(name);
        if (ascii != null) {
            return ascii;
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** The key of a plain-ASCII name without normalizing or regular expressions (the common case); else null. */
    private static String asciiKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (c >= 'A' && c <= 'Z') {
                key.append((char) (c + ('a' - 'A')));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
