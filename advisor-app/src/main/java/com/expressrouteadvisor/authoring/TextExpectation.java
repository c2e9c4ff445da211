package com.expressrouteadvisor.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * What a text of the advice (a message, a remediation, a question's why, a title) must say. Written in a
 * scenario either as a string, which the text must contain, or as a mapping of {@link #KEYS}; every part is
 * optional, null or empty when not asked.
 *
 * @param is         the whole text
 * @param startsWith how the text begins
 * @param contains   phrases the text must contain
 * @param lacks      phrases the text must not contain
 */
public record TextExpectation(String is, String startsWith, List<String> contains, List<String> lacks) {

    public static final List<String> KEYS = List.of("is", "startsWith", "contains", "lacks");

    public TextExpectation {
        contains = List.copyOf(contains);
        lacks = List.copyOf(lacks);
    }

    /** What the text does not do, one phrase each, prefixed by what the text is; empty when it matches. */
    List<String> differences(String what, String text) {
        List<String> differences = new ArrayList<>();
        String actual = text == null ? "" : text;
        if (is != null && !actual.equals(is)) {
            differences.add(what + ": expected \"" + is + "\", got \"" + actual + "\"");
        }
        if (startsWith != null && !actual.startsWith(startsWith)) {
            differences.add(what + ": expected to start with \"" + startsWith + "\", got \"" + actual + "\"");
        }
        for (String phrase : contains) {
            if (!actual.contains(phrase)) {
                differences.add(what + ": expected to contain \"" + phrase + "\", got \"" + actual + "\"");
            }
        }
        for (String phrase : lacks) {
            if (actual.contains(phrase)) {
                differences.add(what + ": expected not to contain \"" + phrase + "\", got \"" + actual + "\"");
            }
        }
        return differences;
    }
}
