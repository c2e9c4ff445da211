package com.expressrouteadvisor.engine;

import java.util.Locale;

/**
 * Per-call choices: the language of messages and whether the result lists the rules that fired.
 */
public record EvaluationOptions(Locale language, boolean explain) {

    public static final EvaluationOptions DEFAULT = new EvaluationOptions(Locale.ENGLISH, false);

    public EvaluationOptions withExplain(boolean explain) {
        return new EvaluationOptions(language, explain);
    }

    public EvaluationOptions withLanguage(Locale language) {
        return new EvaluationOptions(language, explain);
    }
}
