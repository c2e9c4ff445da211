package com.expressrouteadvisor.authoring;

import com.expressrouteadvisor.advice.AdviceTexts;
import com.expressrouteadvisor.advice.ConnectivityModel;
import com.expressrouteadvisor.engine.RuleInfo;
import com.expressrouteadvisor.engine.RuleProblem;
import com.expressrouteadvisor.engine.RuleSet;
import com.expressrouteadvisor.reference.AddressFamily;
import com.expressrouteadvisor.reference.LimitCatalog;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The message bundles of a rules folder ({@code messages/advice*.properties}) against each other and against the
 * rules: every text a valid {@link MessageFormat} pattern (error), the same keys in every language (warning: the
 * text falls back to English), and a text for every question, phrase and reason key the rules use (error: the
 * customer would see the key itself, or nothing).
 */
public final class MessageBundleLint {

    private static final String CLASS = "(?:[\\w$]+\\.)*";
    private static final Pattern QUESTION = Pattern.compile("new\\s+" + CLASS + "Question\\s*\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern PHRASE = Pattern.compile("new\\s+" + CLASS + "Phrase\\s*\\(\\s*\"([^\"]+)\"\\s*[,)]");
    /** The call that concludes a model, up to the end of its statement: its string literals are reason keys. */
    private static final Pattern REASONED = Pattern.compile("new\\s+" + CLASS + "(?:ModelFit|Recommendation)\\s*\\("
            + "[^;]*");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");
    /** A reason written as a key ({@code house.ipvpn.first}), not as a sentence, which shows as written. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z][\\w-]*(?:\\.[\\w-]+)*");

    /** One bundle as read: its language, its file, its texts and the line of each key. */
    private record Bundle(String language, Path file, Properties texts, Map<String, Integer> lines) {
    }

    private final RuleSet ruleSet;

    public MessageBundleLint(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /** Errors and warnings, in the {@code FILE:LINE:COLUMN} form. */
    public List<RuleProblem> check() {
        List<Bundle> bundles = bundles();
        List<RuleProblem> problems = new ArrayList<>();
        Bundle english = bundles.stream().filter(b -> b.language().equals(AdviceTexts.DEFAULT.getLanguage()))
                .findFirst().orElse(null);
        for (Bundle bundle : bundles) {
            problems.addAll(patterns(bundle));
            if (english != null && bundle != english) {
                problems.addAll(sameKeys(english, bundle));
            }
        }
        problems.addAll(keysTheRulesUse(english));
        return problems;
    }

    private static List<RuleProblem> patterns(Bundle bundle) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Map.Entry<String, Integer> key : bundle.lines().entrySet()) {
            try {
                new MessageFormat(bundle.texts().getProperty(key.getKey()));
            } catch (IllegalArgumentException e) {
                problems.add(RuleProblem.error(bundle.file().toString(), key.getValue(), 1, key.getKey()
                        + ": not a valid message pattern (" + e.getMessage() + "); write a quote as '' and "
                        + "arguments as {0}, {1}"));
            }
        }
        return problems;
    }

    /** A key only English has is shown in English; a key English lacks has nothing to fall back to. */
    private static List<RuleProblem> sameKeys(Bundle english, Bundle other) {
        List<RuleProblem> problems = new ArrayList<>();
        english.lines().forEach((key, line) -> {
            if (!other.texts().containsKey(key)) {
                problems.add(RuleProblem.warning(english.file().toString(), line, 1, key + " has no text in "
                        + name(other) + ": it is shown in English to customers who ask for '" + other.language()
                        + "'"));
            }
        });
        other.lines().forEach((key, line) -> {
            if (!english.texts().containsKey(key)) {
                problems.add(RuleProblem.warning(other.file().toString(), line, 1, key + " is not in "
                        + name(english) + ": English, the language every text falls back to, has no text for it"
                        + Suggestions.didYouMean(key, english.lines().keySet())));
            }
        });
        return problems;
    }

    /** Questions, phrases and reason keys the rules use: without an English text the customer sees the key. */
    private List<RuleProblem> keysTheRulesUse(Bundle english) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        Set<String> known = english == null ? Set.of() : english.texts().stringPropertyNames();
        for (RuleInfo rule : ruleSet.rules().values().stream().sorted(RuleOrder.BY_FILE_AND_LINE).toList()) {
            String body = ruleSet.compiledText(rule.source()).map(t -> RuleConclusions.body(t, rule.name()))
                    .orElse("");
            for (String key : keysIn(body)) {
                if (!known.contains(key) && reported.add(key)) {
                    problems.add(RuleProblem.error(rule.file(), rule.line(), rule.line() > 0 ? 1 : 0, "rule \""
                            + rule.name() + "\" uses " + key.substring(0, key.indexOf('.')) + " key '"
                            + key.substring(key.indexOf('.') + 1) + "', which has no text in "
                            + AdviceTexts.FOLDER + "/" + AdviceTexts.BASE_NAME + ".properties: customers would see "
                            + "the key itself; add " + key + "=…" + Suggestions.didYouMean(key, known)));
                }
            }
        }
        if (!ruleSet.rules().isEmpty()) {
            for (AddressFamily family : LimitCatalog.FAMILIES) {
                requirePhrase("phrase.family." + family.key(), "the address family the prefix-limit messages name",
                        known, problems);
            }
            for (ConnectivityModel model : ConnectivityModel.values()) {
                requirePhrase("phrase.model." + model.name(), "the connectivity model within a sentence (the rules "
                        + "write new Phrase(\"model.\" + model.name()))", known, problems);
            }
        }
        return problems;
    }

    /** A phrase the rules build from a type's values, so no literal in them names it: its text must be there. */
    private void requirePhrase(String key, String what, Set<String> known, List<RuleProblem> problems) {
        if (!known.contains(key)) {
            problems.add(RuleProblem.error(ruleSet.folder().resolve(AdviceTexts.FOLDER)
                    .resolve(AdviceTexts.BASE_NAME + ".properties").toString(), 0, 0, "no text for " + key + ", "
                    + what + ": add " + key + "=…"));
        }
    }

    private static Set<String> keysIn(String body) {
        Set<String> keys = new LinkedHashSet<>();
        matches(QUESTION, body).forEach(k -> keys.add("question." + k));
        matches(PHRASE, body).forEach(k -> keys.add("phrase." + k));
        Matcher call = REASONED.matcher(body);
        while (call.find()) {
            Matcher literal = LITERAL.matcher(call.group());
            while (literal.find()) {
                if (KEY.matcher(literal.group(1)).matches()) {
                    keys.add("reason." + literal.group(1));
                }
            }
        }
        return keys;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private List<Bundle> bundles() {
        Path folder = ruleSet.folder().resolve(AdviceTexts.FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Bundle> bundles = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(AdviceTexts.BASE_NAME) && name.endsWith(".properties")) {
                    String suffix = name.substring(AdviceTexts.BASE_NAME.length(), name.length() - ".properties".length());
                    bundles.add(read(suffix.isEmpty() ? AdviceTexts.DEFAULT.getLanguage() : suffix.substring(1), file));
                }
            }
            return bundles;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Bundle read(String language, Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Properties texts = new Properties();
            texts.load(new StringReader(text));
            // The line of each key, read the way Properties does: a line continued with '\' belongs to its key.
            Map<String, Integer> lines = new TreeMap<>();
            String[] all = text.split("\r?\n", -1);
            boolean continued = false;
            for (int i = 0; i < all.length; i++) {
                String line = all[i].stripLeading();
                if (!continued && !line.isEmpty() && line.charAt(0) != '#' && line.charAt(0) != '!') {
                    Matcher key = Pattern.compile("^((?:\\\\.|[^=:\\s\\\\])+)").matcher(line);
                    if (key.find()) {
                        String name = key.group(1).replaceAll("\\\\(.)", "$1");
                        if (texts.containsKey(name)) {
                            lines.put(name, i + 1); // the last one counts, as in Properties
                        }
                    }
                }
                continued = endsWithOddBackslashes(all[i]) && (continued || !line.startsWith("#"));
            }
            return new Bundle(language, file, texts, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean endsWithOddBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static String name(Bundle bundle) {
        return AdviceTexts.FOLDER + "/" + bundle.file().getFileName();
    }
}
