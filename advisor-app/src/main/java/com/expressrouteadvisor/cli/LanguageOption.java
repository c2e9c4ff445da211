package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.engine.RuleSet;
import picocli.CommandLine.Option;

import java.util.Locale;

/**
 * {@code --lang LANG}: the language of messages, remediations and questions. The languages are those the rules
 * folder has messages in ({@code messages/advice_LANG.properties}), so adding a language needs no new release.
 */
public final class LanguageOption {

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of messages and remediations: en, or any LANG the rules folder has "
                    + "messages/advice_LANG.properties for, e.g. nl (default: ${DEFAULT-VALUE}).")
    String language;

    /** The language asked for, when the rule set has messages in it; else a usage error naming those it has. */
    Locale locale(RuleSet ruleSet) {
        try {
            return ruleSet.texts().language(language);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--lang " + language + ": " + e.getMessage());
        }
    }
}
