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
 * in the rules folder (UTF-8, {@link MessageFormat} patterns). The languages are the bundles present: adding
 * {@code advice_de.properties} makes German available. A key missing in a language falls back to English (and
 * {@link #fallbacks} names it, for the result to say so), and a key missing everywhere shows as itself, so a new
 * rule still says something. Whole numbers are written without grouping ({@code 12500}, not {@code 12,500}), as
 * the profile gives them.
 */
public final class AdviceTexts {

    public static final String FOLDER = "messages";
    public static final String BASE_NAME = "advice";
    public static final Locale DEFAULT = Locale.ENGLISH;

    /** The bundles as plain maps: {@link Properties} synchronises every read, and texts are read per customer. */
    private final Map<String, Map<String, String>> byLanguage;
    /**
     * Each text's pattern, prepared once per language and key: a pattern depends only on those two (with the
     * English fallback), and customers share the keys while their arguments differ.
     */
    private final Map<Key, TextPattern> patterns = new ConcurrentHashMap<>();
    /** Bounds {@link #patterns}: keys come from rules and bundles, but a rule could make them from a profile. */
    static final int PATTERN_LIMIT = 20_000;
    /** Titles depend only on model, layer and language: formatted once, not for every customer. */
    private final Map<Title, String> titles = new ConcurrentHashMap<>();

    private record Title(String language, ConnectivityModel model, Layer layer) {
    }

    /**
     * The key of a text, kept in its parts (a constant prefix and suffix around a code or field that rules write as
     * literals), so that finding a prepared pattern neither builds the key nor hashes and compares a new string.
     */
    private record Key(String language, String prefix, String name, String suffix) {
        String text() {
            return prefix + name + suffix;
        }
    }

    private static final String NONE = "";

    private AdviceTexts(Map<String, Properties> bundles) {
        Map<String, Map<String, String>> plain = new HashMap<>();
        bundles.forEach((language, properties) -> {
            Map<String, String> texts = new HashMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            plain.put(language, texts);
        });
        this.byLanguage = plain;
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

    /** The languages of the bundles present, and English, the language every text falls back to. */
    public Set<String> languages() {
        Set<String> languages = new TreeSet<>(byLanguage.keySet());
        languages.add(DEFAULT.getLanguage());
        return languages;
    }

    /**
     * The language of a tag such as {@code nl}, when this rule set has messages in it.
     *
     * @throws IllegalArgumentException naming the languages there are, when it has none in that language
     */
    public Locale language(String tag) {
        if (tag != null && languages().contains(tag)) {
            return Locale.forLanguageTag(tag);
        }
        throw new IllegalArgumentException("no messages in language '" + tag + "' in the rules folder; available: "
                + String.join(", ", languages()) + " (a language is available when " + FOLDER + "/" + BASE_NAME
                + "_LANG.properties is in the rules folder)");
    }

    /**
     * The keys among {@code keys} that are shown in English although {@code locale} was asked for: its bundle
     * lacks them and the English one has them. Empty for English itself.
     */
    public List<String> fallbacks(java.util.Collection<String> keys, Locale locale) {
        if (locale.getLanguage().equals(DEFAULT.getLanguage())) {
            return List.of();
        }
        Map<String, String> wanted = byLanguage.get(locale.getLanguage());
        Map<String, String> fallback = byLanguage.get(DEFAULT.getLanguage());
        return keys.stream().distinct().sorted()
                .filter(key -> (wanted == null || !wanted.containsKey(key)) && fallback != null
                        && fallback.containsKey(key))
                .toList();
    }

    /** The keys of the phrases among a message's arguments, and of the phrases within them. */
    public static List<String> phraseKeys(List<Object> arguments) {
        List<String> keys = new java.util.ArrayList<>();
        for (Object argument : arguments) {
            if (argument instanceof Phrase phrase) {
                keys.add("phrase." + phrase.key());
                keys.addAll(phraseKeys(phrase.arguments()));
            }
        }
        return keys;
    }

    /**
     * The patterns whose keys start with {@code prefix}, by key, as {@code locale} reads them: its own, else the
     * English one (as {@link #format} picks them), in key order. For writing a catalog of the texts, so that a
     * reader renders codes into the same words.
     */
    public java.util.SortedMap<String, String> patterns(String prefix, Locale locale) {
        java.util.SortedMap<String, String> patterns = new java.util.TreeMap<>();
        for (Map<String, String> bundle : java.util.Arrays.asList(byLanguage.get(DEFAULT.getLanguage()),
                byLanguage.get(locale.getLanguage()))) {
            if (bundle != null) {
                bundle.forEach((key, pattern) -> {
                    if (key.startsWith(prefix)) {
                        patterns.put(key, pattern);
                    }
                });
            }
        }
        return patterns;
    }

    public boolean has(String key, Locale locale) {
        Map<String, String> p = byLanguage.get(locale.getLanguage());
        return p != null && p.containsKey(key);
    }

    public String gapMessage(String code, List<Object> arguments, Locale locale) {
        return orElse(format("gap.", code, ".message", arguments, locale), code);
    }

    public String gapRemediation(String code, List<Object> arguments, Locale locale) {
        return orElse(format("gap.", code, ".remediation", arguments, locale), "");
    }

    public String question(String field, Locale locale) {
        return orElse(format("question.", field, NONE, List.of(), locale), "");
    }

    /**
     * The title of a recommendation: {@code recommendation.title} with the texts of {@code model.MODEL} and
     * {@code layer.LAYER}; the names themselves where the bundles lack them.
     */
    public String recommendationTitle(ConnectivityModel model, Layer layer, Locale locale) {
        Title title = new Title(locale.getLanguage(), model, layer);
        String done = titles.get(title); // a get first: computeIfAbsent locks the bin even when the title is there
        return done != null ? done : titles.computeIfAbsent(title, key -> formatTitle(model, layer, locale));
    }

    private String formatTitle(ConnectivityModel model, Layer layer, Locale locale) {
        String modelText = orElse(format("model.", model.name(), NONE, List.of(), locale), model.name());
        String layerText = orElse(format("layer.", layer.name(), NONE, List.of(), locale), layer.name());
        return orElse(format("recommendation.title", NONE, NONE, List.of(modelText, layerText), locale),
                modelText + ", " + layerText);
    }

    /**
     * The text of a remedy, {@code remedy.<key>}, with its values ({0} the new value, {1} the current one, then
     * the remedy's arguments); the key itself when no bundle has it, so a missing text is noticed.
     */
    public String remedy(String key, List<Object> arguments, Locale locale) {
        return orElse(format("remedy.", key, NONE, arguments, locale), key);
    }

    /** A reason key such as {@code colocation} becomes its text; a reason written as plain text stays as is. */
    public String reason(String key, Locale locale) {
        return orElse(format("reason.", key, NONE, List.of(), locale), key);
    }

    private static String orElse(String text, String otherwise) {
        return text != null ? text : otherwise;
    }

    /** The text of key {@code prefix + name + suffix} with its arguments, or null when no bundle has the key. */
    private String format(String prefix, String name, String suffix, List<Object> arguments, Locale locale) {
        Key key = new Key(locale.getLanguage(), prefix, name, suffix);
        TextPattern pattern = patterns.get(key); // a get first: computeIfAbsent locks the bin even when it is there
        if (pattern == null) {
            pattern = patterns.size() < PATTERN_LIMIT
                    ? patterns.computeIfAbsent(key, k -> TextPattern.of(lookup(k.text(), locale), locale))
                    : TextPattern.of(lookup(key.text(), locale), locale);
        }
        return pattern.render(arguments, phrase -> phrase(phrase, locale));
    }

    /** A phrase argument in the wanted language; a phrase without text shows its key, so it is noticed. */
    private String phrase(Phrase phrase, Locale locale) {
        return orElse(format("phrase.", phrase.key(), NONE, phrase.arguments(), locale), phrase.key());
    }

    private String lookup(String key, Locale locale) {
        Map<String, String> wanted = byLanguage.get(locale.getLanguage());
        String pattern = wanted == null ? null : wanted.get(key);
        if (pattern != null) {
            return pattern;
        }
        Map<String, String> fallback = byLanguage.get(DEFAULT.getLanguage());
        return fallback == null ? null : fallback.get(key);
    }
}
