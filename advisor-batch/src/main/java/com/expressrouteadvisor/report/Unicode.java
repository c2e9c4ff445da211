package com.expressrouteadvisor.report;

/**
 * Text from customer data made safe to write. A JSON parser accepts strings no UTF-8 encoder can write (a
 * lone surrogate such as {@code "x\ud800y"}), and control characters that a terminal obeys rather than
 * shows. JSON outputs keep such text exactly (their escaping covers it); text outputs use these.
 *
 * <pre>{@code
 * Unicode.wellFormed("x\ud800y")   // "x\ufffdy"
 * Unicode.printable("\u001b[2Jid") // "\\u001b[2Jid"
 * }</pre>
 */
public final class Unicode {

    private static final char REPLACEMENT = '\uFFFD';

    private Unicode() {
    }

    /** The text with every unpaired surrogate replaced by U+FFFD, so that any encoder can write it. */
    public static String wellFormed(String text) {
        if (text == null || !hasLoneSurrogate(text)) {
            return text;
        }
        StringBuilder fixed = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                fixed.append(c).append(text.charAt(++i));
            } else {
                fixed.append(Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return fixed.toString();
    }

    /**
     * The text for a terminal or a log line: well-formed, and every character a terminal would act on
     * instead of showing (C0 and C1 controls, DEL, bidirectional overrides and isolates) written as
     * {@code \}{@code uXXXX}, so an id cannot clear the screen, recolour it or reorder what follows.
     */
    public static String printable(String text) {
        if (text == null) {
            return null;
        }
        String wellFormed = wellFormed(text);
        StringBuilder shown = null;
        for (int i = 0; i < wellFormed.length(); i++) {
            char c = wellFormed.charAt(i);
            if (actsOnTerminal(c)) {
                if (shown == null) {
                    shown = new StringBuilder(wellFormed.length() + 16).append(wellFormed, 0, i);
                }
                shown.append(String.format("\\u%04x", (int) c));
            } else if (shown != null) {
                shown.append(c);
            }
        }
        return shown == null ? wellFormed : shown.toString();
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean actsOnTerminal(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) // C0, DEL, C1
                || c == '\u061c' || c == '\u200e' || c == '\u200f' // direction marks
                || (c >= '\u202a' && c <= '\u202e') // embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069'); // isolates
    }
}
