package com.expressrouteadvisor.authoring;

import com.expressrouteadvisor.engine.RuleInfo;
import com.expressrouteadvisor.engine.RuleSet;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each rule can conclude, read from its metadata ({@code @gap}, {@code @model}) and from the DRL Drools
 * compiled for it ({@code new Gap("CODE"…)}, {@code new ModelFit(ConnectivityModel.X…)},
 * {@code new Question("field")}), so it works the same for DRL, DSL rules and decision tables.
 */
public final class RuleConclusions {

    /** A class name, written short or with its package. */
    private static final String CLASS = "(?:[\\w$]+\\.)*";
    private static final Pattern GAP = Pattern.compile("new\\s+" + CLASS + "Gap\\s*\\(\\s*\"([^\"]+)\"");
    private static final Pattern MODEL = Pattern.compile("new\\s+" + CLASS + "(?:ModelFit|Recommendation)\\s*\\(\\s*"
            + "(?:new\\s+" + CLASS + "ModelFit\\s*\\(\\s*)?" + CLASS + "ConnectivityModel\\.(\\w+)");
    private static final Pattern QUESTION = Pattern.compile("new\\s+" + CLASS + "Question\\s*\\(\\s*\"([^\"]+)\"");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$");

    /** The conclusions of one rule, each in the order first written. */
    public record Conclusions(Set<String> gaps, Set<String> models, Set<String> questions) {
    }

    private final Map<String, Conclusions> byRule;

    private RuleConclusions(Map<String, Conclusions> byRule) {
        this.byRule = byRule;
    }

    public static RuleConclusions of(RuleSet ruleSet) {
        Map<String, Conclusions> byRule = new LinkedHashMap<>();
        for (RuleInfo rule : ruleSet.rules().values().stream().sorted(RuleOrder.BY_FILE_AND_LINE).toList()) {
            String body = ruleSet.compiledText(rule.source()).map(text -> body(text, rule.name())).orElse("");
            Set<String> gaps = new LinkedHashSet<>(RuleInfo.metadataList(rule.metadata().get("gap")));
            gaps.addAll(matches(GAP, body));
            Set<String> models = new LinkedHashSet<>(RuleInfo.metadataList(rule.metadata().get("model")));
            models.addAll(matches(MODEL, body));
            byRule.put(rule.name(), new Conclusions(Collections.unmodifiableSet(gaps),
                    Collections.unmodifiableSet(models), Collections.unmodifiableSet(matches(QUESTION, body))));
        }
        return new RuleConclusions(byRule);
    }

    public Conclusions of(String ruleName) {
        return byRule.getOrDefault(ruleName, new Conclusions(Set.of(), Set.of(), Set.of()));
    }

    /** Every gap code some rule can raise. */
    public Set<String> gapCodes() {
        Set<String> codes = new TreeSet<>();
        byRule.values().forEach(c -> codes.addAll(c.gaps()));
        return codes;
    }

    /** The rules that can raise a gap code. */
    public List<String> rulesRaising(String code) {
        return byRule.entrySet().stream().filter(e -> e.getValue().gaps().contains(code)).map(Map.Entry::getKey)
                .toList();
    }

    /** The text from {@code rule "NAME"} to its {@code end}. */
    static String body(String drl, String ruleName) {
        Pattern declaration = Pattern.compile("^\\s*rule\\s+([\"'])" + Pattern.quote(ruleName) + "\\1");
        String[] lines = drl.split("\r?\n", -1);
        StringBuilder body = new StringBuilder();
        boolean inside = false;
        for (String line : lines) {
            if (!inside && declaration.matcher(line).find()) {
                inside = true;
            }
            if (inside) {
                body.append(line).append('\n');
                if (END.matcher(line).matches()) {
                    break;
                }
            }
        }
        return body.toString();
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
