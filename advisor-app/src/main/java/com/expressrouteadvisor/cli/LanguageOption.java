package com.expressrouteadvisor.cli;

import picocli.CommandLine.Option;

import java.util.Locale;

/** {@code --lang en|nl}: the language of messages, remediations and questions. */
public final class LanguageOption {

    enum Language { en, nl }

    @Option(names = "--lang", paramLabel = "en|nl", defaultValue = "en",
            description = "Language of messages and remediations: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Language language;

    Locale locale() {
        return Locale.forLanguageTag(language.name());
    }
}
