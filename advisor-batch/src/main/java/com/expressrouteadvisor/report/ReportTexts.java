package com.expressrouteadvisor.report;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The HTML report's own words in the language of the advice ({@code report.properties}, {@code report_nl.properties}). */
public final class ReportTexts {

    private final Locale language;
    private final ResourceBundle bundle;

    public ReportTexts(Locale language) {
        this.language = language;
        // English is the base bundle, not the JVM's default locale, whatever machine this runs on.
        this.bundle = ResourceBundle.getBundle("com.expressrouteadvisor.report.report", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale language() {
        return language;
    }

    /** The text under {@code key}, its {0}, {1}… filled in; markup in the bundle is kept, arguments are not escaped. */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
    }

    /** The text under {@code key}, or {@code fallback} when the bundle has none (a code a newer rule set added). */
    public String getOrDefault(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(language).format(value);
    }
}
