package com.expressrouteadvisor.profile;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How profile enum values are read (CONTRACT §8): regardless of case, underscores, hyphens and spaces, so
 * {@code "Standard"} is {@code STANDARD} and Microsoft's own spellings {@code "ErGw1AZ"}, {@code "ErGwScale"}
 * and {@code "HighPerformance"} are {@code ERGW1AZ}, {@code ERGW_SCALE} and {@code HIGH_PERFORMANCE}.
 */
final class EnumNames {

    /** Each enum's constants by their key, worked out once per enum rather than on every value read. */
    private static final ClassValue<Spellings> SPELLINGS = new ClassValue<>() {
        @Override
        protected Spellings computeValue(Class<?> type) {
            return new Spellings(type);
        }
    };

    private EnumNames() {
    }

    /** The constant the text names, or null when it names none. */
    static <E extends Enum<E>> E match(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        return type.cast(SPELLINGS.get(type).match(text));
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

    /**
     * One enum's constants by key, and the exact spellings already read: a portfolio writes each value in a few
     * spellings, so most values are found without building a key. Only spellings that name a constant are
     * remembered, and only so many, so that odd input cannot grow the memo without bound.
     */
    private static final class Spellings {

        private static final int REMEMBERED = 256;

        private final Map<String, Object> byKey = new HashMap<>();
        private final Map<String, Object> seen = new ConcurrentHashMap<>();

        Spellings(Class<?> type) {
            for (Object constant : type.getEnumConstants()) {
                byKey.putIfAbsent(key(((Enum<?>) constant).name()), constant); // the first, as a search in order finds
            }
        }

        Object match(String text) {
            Object constant = seen.get(text);
            if (constant == null) {
                constant = byKey.get(key(text));
                if (constant != null && seen.size() < REMEMBERED) {
                    seen.put(text, constant);
                }
            }
            return constant;
        }
    }
}
