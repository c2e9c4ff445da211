package com.expressrouteadvisor.profile;

import java.util.Locale;

/**
 * How profile enum values are read (CONTRACT §8): regardless of case, underscores, hyphens and spaces, so
 * {@code "Standard"} is {@code STANDARD} and Microsoft's own spellings {@code "ErGw1AZ"}, {@code "ErGwScale"}
 * and {@code "HighPerformance"} are {@code ERGW1AZ}, {@code ERGW_SCALE} and {@code HIGH_PERFORMANCE}.
 */
final class EnumNames {

    private EnumNames() {
    }

    /** The constant the text names, or null when it names none. */
    static <E extends Enum<E>> E match(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        String key = key(text);
        for (E constant : type.getEnumConstants()) {
            if (key(constant.name()).equals(key)) {
                return constant;
            }
        }
        return null;
    }

    /** As {@link #match}, for Jackson: an unknown value is refused with the values allowed. */
    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        E constant = match(type, text);
        if (constant == null) {
            throw new IllegalArgumentException("not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
        return constant;
    }

    private static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '_' && c != '-' && c != ' ') {
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
