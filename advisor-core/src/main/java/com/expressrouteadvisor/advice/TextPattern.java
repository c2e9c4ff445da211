package com.expressrouteadvisor.advice;

import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A message pattern of one language, prepared once: most patterns only place their arguments ({@code {0}}), and
 * those are split at the arguments so that a text is the literal parts and the arguments appended, without
 * {@link MessageFormat}, which must be cloned per use (it is not thread-safe) and builds its text through a
 * {@code StringBuffer}. A pattern with format types ({@code {2,choice,…}}) keeps MessageFormat.
 */
sealed interface TextPattern {

    /**
     * The pattern's text with these arguments, or null when no bundle has the key. A {@link Phrase} argument shows
     * as {@code phrases} renders it; a whole number in a plain {@code {0}} as its digits (MessageFormat would group
     * it by locale, 12,500 or 12.500; the built-in texts never do).
     */
    String render(List<Object> arguments, Function<Phrase, String> phrases);

    private static boolean isWholeNumber(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof java.math.BigInteger;
    }

    static TextPattern of(String pattern, Locale locale) {
        if (pattern == null) {
            return Missing.INSTANCE;
        }
        MessageFormat prototype = new MessageFormat(pattern, locale);
        Format[] formats = prototype.getFormatsByArgumentIndex();
        boolean plain = Arrays.stream(formats).allMatch(Objects::isNull)
                && pattern.indexOf(Plain.OPEN) < 0 && pattern.indexOf(Plain.CLOSE) < 0;
        return plain ? Plain.split(prototype, formats.length, locale) : new Formatted(prototype, formats);
    }

    /** No bundle has the key. */
    enum Missing implements TextPattern {
        INSTANCE;

        @Override
        public String render(List<Object> arguments, Function<Phrase, String> phrases) {
            return null;
        }
    }

    /**
     * A pattern whose arguments are all plain: {@code literals[i]} then argument {@code slots[i]}, for each slot,
     * then the last literal. Each argument is written as MessageFormat writes a plain one.
     */
    record Plain(String[] literals, int[] slots, Locale locale) implements TextPattern {

        /** Around each argument's place while splitting: private-use characters, which patterns do not contain. */
        static final char OPEN = '\uE000';
        static final char CLOSE = '\uE001';

        /** The literal parts as MessageFormat reads them (quotes resolved), found by formatting markers. */
        static Plain split(MessageFormat prototype, int arguments, Locale locale) {
            Object[] markers = new Object[arguments];
            for (int i = 0; i < arguments; i++) {
                markers[i] = OPEN + Integer.toString(i) + CLOSE;
            }
            String marked = prototype.format(markers);
            List<String> literals = new ArrayList<>();
            List<Integer> slots = new ArrayList<>();
            int from = 0;
            for (int open = marked.indexOf(OPEN); open >= 0; open = marked.indexOf(OPEN, from)) {
                int close = marked.indexOf(CLOSE, open);
                literals.add(marked.substring(from, open));
                slots.add(Integer.parseInt(marked, open + 1, close, 10));
                from = close + 1;
            }
            literals.add(marked.substring(from));
            return new Plain(literals.toArray(String[]::new), slots.stream().mapToInt(Integer::intValue).toArray(),
                    locale);
        }

        @Override
        public String render(List<Object> arguments, Function<Phrase, String> phrases) {
            if (slots.length == 0) {
                return literals[0];
            }
            StringBuilder text = new StringBuilder(64);
            for (int i = 0; i < slots.length; i++) {
                text.append(literals[i]);
                int slot = slots[i];
                if (slot >= arguments.size()) {
                    text.append('{').append(slot).append('}'); // as MessageFormat shows an argument not given
                } else {
                    text.append(plain(arguments.get(slot), phrases));
                }
            }
            return text.append(literals[slots.length]).toString();
        }

        /** As MessageFormat writes an argument without a format type. */
        private String plain(Object value, Function<Phrase, String> phrases) {
            if (value instanceof String s) {
                return s;
            }
            if (value instanceof Phrase p) {
                return phrases.apply(p);
            }
            if (isWholeNumber(value)) {
                return value.toString();
            }
            if (value instanceof Number) {
                return NumberFormat.getInstance(locale).format(value);
            }
            if (value instanceof Date) {
                return DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale).format(value);
            }
            return String.valueOf(value);
        }
    }

    /** A pattern with format types: MessageFormat, cloned per use from the parsed prototype. */
    record Formatted(MessageFormat prototype, Format[] formats) implements TextPattern {

        @Override
        public String render(List<Object> arguments, Function<Phrase, String> phrases) {
            Object[] values = new Object[arguments.size()];
            for (int i = 0; i < values.length; i++) {
                Object a = arguments.get(i);
                boolean plain = i >= formats.length || formats[i] == null;
                values[i] = a instanceof Phrase p ? phrases.apply(p) : plain && isWholeNumber(a) ? a.toString() : a;
            }
            return ((MessageFormat) prototype.clone()).format(values);
        }
    }
}
