package com.expressrouteadvisor.engine;

import java.util.Locale;

/**
 * Per-call choices: the language of messages, whether the result lists the rules that fired, and whether it
 * carries its texts. Without texts ({@code texts} false) the result has the same codes, arguments and order but
 * no words: gap messages and remediations, recommendation titles and reasons and question texts are null, the
 * reason keys are in {@link com.expressrouteadvisor.advice.RankedRecommendation#reasonKeys()} and no text
 * fallbacks are listed. It is for outputs that show only codes ({@code evaluate --format codes}), which spares
 * formatting texts nobody reads. Example: {@code EvaluationOptions.DEFAULT.withLanguage(Locale.forLanguageTag("nl"))}.
 */
public record EvaluationOptions(Locale language, boolean explain, boolean texts) {

    public static final EvaluationOptions DEFAULT = new EvaluationOptions(Locale.ENGLISH, false, true);

    /** Options for a result with its texts. */
    public EvaluationOptions(Locale language, boolean explain) {
        this(language, explain, true);
    }

    public EvaluationOptions withExplain(boolean explain) {
        return new EvaluationOptions(language, explain, texts);
    }

    public EvaluationOptions withLanguage(Locale language) {
        return new EvaluationOptions(language, explain, texts);
    }

    /** With or without the texts: false leaves every text of the result null (see above). */
    public EvaluationOptions withTexts(boolean texts) {
        return new EvaluationOptions(language, explain, texts);
    }
}
