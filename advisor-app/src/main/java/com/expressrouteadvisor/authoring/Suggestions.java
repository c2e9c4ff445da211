package com.expressrouteadvisor.authoring;

import com.expressrouteadvisor.engine.DidYouMean;

import java.util.Collection;

/** "Did you mean …?" for names a rule author types: scenario keys, gap codes, models. */
final class Suggestions {

    private Suggestions() {
    }

    /** {@code " (did you mean 'X'?)"} for the closest known name within a few edits, else empty. */
    static String didYouMean(String typed, Collection<String> known) {
        return DidYouMean.suggest(typed, known);
    }
}
