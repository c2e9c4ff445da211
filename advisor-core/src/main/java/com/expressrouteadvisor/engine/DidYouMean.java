package com.expressrouteadvisor.engine;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …?" for names a rule author types: fields, methods, fact types, gap codes, stages. */
public final class DidYouMean {

    /** Further than this many edits, a name is no longer a typo of the other. */
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(4);

    private DidYouMean() {
    }

    /** {@code " (did you mean 'X'?)"} for the closest known name within a few edits, else empty. */
    public static String suggest(String typed, Collection<String> known) {
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
