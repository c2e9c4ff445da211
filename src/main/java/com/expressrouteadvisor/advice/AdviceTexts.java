package com.expressrouteadvisor.advice;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Messages, remediations, question and reason texts, per language, from {@code messages/advice*.properties}
 * in the rules folder (UTF-8, {@link MessageFormat} patterns). A key missing in a language falls back to
 * English, and a key missing everywhere shows as itself, so a new rule still says something.
 */
public final class AdviceTexts {

    public static final String FOLDER = "messages";
    public static final String BASE_NAME = "advice";
    public static final Locale DEFAULT = Locale.ENGLISH;

    private final Map<String, Properties> byLanguage;
    private final Map<String, MessageFormat> parsed = new ConcurrentHashMap<>();
    /** Titles depend only on model, layer and language: formatted once, not for every customer. */
    private final Map<String, String> titles = new ConcurrentHashMap<>();

    private AdviceTexts(Map<String, Properties> byLanguage) {
        this.byLanguage = byLanguage;
    }

    public static AdviceTexts load(Path rulesFolder) {
        Map<String, Properties> byLanguage = new HashMap<>();
        Path folder = rulesFolder.resolve(FOLDER);
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(BASE_NAME) && name.endsWith(".properties")) {
                        String suffix = name.substring(BASE_NAME.length(), name.length() - ".properties".length());
                        String language = suffix.isEmpty() ? DEFAULT.getLanguage() : suffix.substring(1);
                        byLanguage.put(language, read(file));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + folder + ": " + e.getMessage(), e);
            }
        }
        return new AdviceTexts(byLanguage);
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return properties;
    }

    public Set<String> languages() {
        return new TreeSet<>(byLanguage.keySet());
    }

    public boolean has(String key, Locale locale) {
        Properties p = byLanguage.get(locale.getLanguage());
        return p != null && p.containsKey(key);
    }

    public String gapMessage(String code, List<Object> arguments, Locale locale) {
        return format("gap." + code + ".message", arguments, locale).orElse(code);
    }

    public String gapRemediation(String code, List<Object> arguments, Locale locale) {
        return format("gap." + code + ".remediation", arguments, locale).orElse("");
    }

    public String question(String field, Locale locale) {
        return format("question." + field, List.of(), locale).orElse("");
    }

    /**
     * The title of a recommendation: {@code recommendation.title} with the texts of {@code model.MODEL} and
     * {@code layer.LAYER}; the names themselves where the bundles lack them.
     */
    public String recommendationTitle(ConnectivityModel model, Layer layer, Locale locale) {
        return titles.computeIfAbsent(locale.getLanguage() + ' ' + model + ' ' + layer,
                key -> formatTitle(model, layer, locale));
    }

    private String formatTitle(ConnectivityModel model, Layer layer, Locale locale) {
        String modelText = format("model." + model.name(), List.of(), locale).orElse(model.name());
        String layerText = format("layer." + layer.name(), List.of(), locale).orElse(layer.name());
        return format("recommendation.title", List.of(modelText, layerText), locale)
                .orElse(modelText + ", " + layerText);
    }

    /**
     * The text of a remedy, {@code remedy.<key>}, with its values ({0} the new value, {1} the current one, then
     * the remedy's arguments); the key itself when no bundle has it, so a missing text is noticed.
     */
    public String remedy(String key, List<Object> arguments, Locale locale) {
        return format("remedy." + key, arguments, locale).orElse(key);
    }

    /** A reason key such as {@code colocation} becomes its text; a reason written as plain text stays as is. */
    public String reason(String key, Locale locale) {
        return format("reason." + key, List.of(), locale).orElse(key);
    }

    private java.util.Optional<String> format(String key, List<Object> arguments, Locale locale) {
        String pattern = lookup(key, locale);
        if (pattern == null) {
            return java.util.Optional.empty();
        }
        Object[] values = arguments.stream().map(a -> a instanceof Phrase p ? phrase(p, locale) : a).toArray();
        // Parsing a pattern costs more than formatting it; MessageFormat is not thread-safe, so each use clones
        // the parsed prototype.
        MessageFormat prototype = parsed.computeIfAbsent(locale.toLanguageTag() + '\u0000' + pattern,
                k -> new MessageFormat(pattern, locale));
        return java.util.Optional.of(((MessageFormat) prototype.clone()).format(values));
    }

    /** A phrase argument in the wanted language; a phrase without text shows its key, so it is noticed. */
    private String phrase(Phrase phrase, Locale locale) {
        return format("phrase." + phrase.key(), phrase.arguments(), locale).orElse(phrase.key());
    }

    private String lookup(String key, Locale locale) {
        Properties wanted = byLanguage.get(locale.getLanguage());
        if (wanted != null && wanted.containsKey(key)) {
            return wanted.getProperty(key);
        }
        Properties fallback = byLanguage.get(DEFAULT.getLanguage());
        return fallback == null ? null : fallback.getProperty(key);
    }
}
