package com.expressrouteadvisor.authoring;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …?" for names a rule author types: scenario keys, gap codes, models. */
final class Suggestions {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(4);

    private Suggestions() {
    }

    /** {@code " (did you mean 'X'?)"} for the closest known name within a few edits, else empty. */
    static String didYouMean(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = DISTANCE.apply(typed.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }
}
