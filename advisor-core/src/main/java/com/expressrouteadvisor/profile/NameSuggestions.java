package com.expressrouteadvisor.profile;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Locale;
import java.util.Map;

/**
 * "Did you mean …?" for a field name or an enum value a profile misspells: the closest known name within two
 * edits, else a known name that contains the typed one or is contained in it ({@code bandwidth} for
 * {@code bandwidthMbps}), else the field a common other word stands for ({@code teams} for {@code realtimeMedia}).
 */
final class NameSuggestions {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);
    private static final int SHORTEST_PART = 4;
    /** Words customers use for a field that is named otherwise; keys in lower case. */
    private static final Map<String, String> OTHER_WORDS = Map.of(
            "teams", "realtimeMedia",
            "skype", "realtimeMedia",
            "voice", "realtimeMedia",
            "office365", "microsoft365",
            "o365", "microsoft365",
            "m365", "microsoft365",
            "speed", "bandwidthMbps");

    private NameSuggestions() {
    }

    /** {@code " (did you mean 'X'?)"}, or empty when no known name is close. */
    static String didYouMean(String typed, Iterable<String> known) {
        String suggestion = closest(typed, known);
        return suggestion == null ? "" : " (did you mean '" + suggestion + "'?)";
    }

    static String closest(String typed, Iterable<String> known) {
        String lower = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String containing = null;
        String otherWord = OTHER_WORDS.get(lower);
        String byOtherWord = null;
        for (String candidate : known) {
            String candidateLower = candidate.toLowerCase(Locale.ROOT);
            int d = DISTANCE.apply(lower, candidateLower);
            if (d >= 0 && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
            if (containing == null && Math.min(lower.length(), candidateLower.length()) >= SHORTEST_PART
                    && (candidateLower.contains(lower) || lower.contains(candidateLower))) {
                containing = candidate;
            }
            if (candidate.equals(otherWord)) {
                byOtherWord = candidate;
            }
        }
        return best != null ? best : containing != null ? containing : byOtherWord;
    }
}
