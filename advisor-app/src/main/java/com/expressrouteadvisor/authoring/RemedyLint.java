package com.expressrouteadvisor.authoring;

import com.expressrouteadvisor.advice.AdviceTexts;
import com.expressrouteadvisor.engine.RuleInfo;
import com.expressrouteadvisor.engine.RuleProblem;
import com.expressrouteadvisor.engine.RuleSet;
import com.expressrouteadvisor.engine.Stages;
import com.expressrouteadvisor.planner.ProfileEdits;
import com.expressrouteadvisor.profile.FieldError;
import com.expressrouteadvisor.profile.ProfileParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the remedies the rules propose ({@code new Remedy(GAP, "field.path", VALUE, COST, "text", …)}) as written
 * in the DRL Drools compiled: a field path the profile does not have, a literal value the profile's own validation
 * refuses, a cost below 1, a gap code no rule raises and a text missing from a language are warnings at the rule; so
 * is a remedy outside the {@code remedy} stage, which would fire in every plain evaluation.
 */
final class RemedyLint {

    private static final Pattern CALL = Pattern.compile("new\\s+(?:[\\w$]+\\.)*Remedy\\s*\\(");
    private static final Pattern LITERAL_TEXT = Pattern.compile("\"([^\"\\\\]*)\"");
    private static final Pattern LITERAL_NUMBER = Pattern.compile("-?\\d+[lL]?");

    private final RuleSet ruleSet;
    private final ProfileEdits edits = new ProfileEdits(ProfileParser.standard());
    private final Set<String> gapCodes;

    RemedyLint(RuleSet ruleSet, Set<String> gapCodes) {
        this.ruleSet = ruleSet;
        this.gapCodes = gapCodes;
    }

    List<RuleProblem> check(List<RuleInfo> rules) {
        List<RuleProblem> warnings = new ArrayList<>();
        for (RuleInfo rule : rules) {
            String body = ruleSet.compiledText(rule.source()).map(text -> RuleConclusions.body(text, rule.name()))
                    .orElse("");
            for (List<String> arguments : calls(body)) {
                check(rule, arguments, warnings);
            }
        }
        return warnings;
    }

    private void check(RuleInfo rule, List<String> arguments, List<RuleProblem> warnings) {
        String where = "rule \"" + rule.name() + "\": remedy ";
        if (!Stages.REMEDY.equals(rule.stage())) {
            warnings.add(at(rule, where + "outside ruleflow-group \"" + Stages.REMEDY + "\": it would fire in every "
                    + "evaluation; put the rule in that group"));
        }
        if (arguments.size() < 5) {
            warnings.add(at(rule, where + "needs gap code, field path, value, cost and text key, got "
                    + arguments.size() + " arguments"));
            return;
        }
        String gap = text(arguments.get(0));
        if (gap != null && !gapCodes.contains(gap)) {
            warnings.add(at(rule, where + "for gap code " + gap + ", which no rule raises"
                    + Suggestions.didYouMean(gap, gapCodes)));
        }
        String field = text(arguments.get(1));
        if (field == null) {
            warnings.add(at(rule, where + "field path must be written as text, e.g. \"azure.sku\""));
        } else {
            checkField(rule, where, field, literal(arguments.get(2)), warnings);
        }
        String cost = arguments.get(3).strip();
        if (LITERAL_NUMBER.matcher(cost).matches() && Long.parseLong(cost.replaceAll("[lL]$", "")) < 1) {
            warnings.add(at(rule, where + "cost " + cost + ": a cost is 1 or more effort points"));
        }
        String key = text(arguments.get(4));
        if (key != null) {
            AdviceTexts texts = ruleSet.texts();
            for (String language : texts.languages()) {
                if (!texts.has("remedy." + key, Locale.forLanguageTag(language))) {
                    warnings.add(at(rule, where + "text remedy." + key + " is missing from " + AdviceTexts.FOLDER + "/"
                            + AdviceTexts.BASE_NAME + (language.equals(AdviceTexts.DEFAULT.getLanguage()) ? ""
                            : "_" + language) + ".properties: add remedy." + key + "=…"));
                }
            }
        }
    }

    /** The field must be a profile field; a literal value must pass the profile's validation there. */
    private void checkField(RuleInfo rule, String where, String field, JsonNode value, List<RuleProblem> warnings) {
        ObjectNode probe = JsonNodeFactory.instance.objectNode().put("id", "probe");
        List<FieldError> unknown = edits.apply(probe, field, NullNode.getInstance()).errors();
        if (!unknown.isEmpty()) {
            warnings.add(at(rule, where + "field " + field + " is not a profile field: " + unknown.get(0).reason()));
            return;
        }
        if (value != null) {
            List<FieldError> refused = edits.apply(probe, field, value).errors();
            if (!refused.isEmpty()) {
                warnings.add(at(rule, where + "value " + value + " for " + field + " fails the profile's validation: "
                        + refused.get(0)));
            }
        }
    }

    /** The argument lists of every {@code new Remedy(…)} in the text, split at top-level commas. */
    static List<List<String>> calls(String body) {
        List<List<String>> calls = new ArrayList<>();
        Matcher m = CALL.matcher(body);
        while (m.find()) {
            List<String> arguments = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            int depth = 0;
            boolean quoted = false;
            for (int i = m.end(); i < body.length(); i++) {
                char c = body.charAt(i);
                if (quoted) {
                    current.append(c);
                    if (c == '\\' && i + 1 < body.length()) {
                        current.append(body.charAt(++i));
                    } else if (c == '"') {
                        quoted = false;
                    }
                    continue;
                }
                if (c == '"') {
                    quoted = true;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                    depth--;
                } else if (c == ')') {
                    arguments.add(current.toString().strip());
                    break;
                } else if (c == ',' && depth == 0) {
                    arguments.add(current.toString().strip());
                    current.setLength(0);
                    continue;
                }
                current.append(c);
            }
            calls.add(arguments);
        }
        return calls;
    }

    /** The text of a string literal, or null when the argument is an expression. */
    private static String text(String argument) {
        Matcher m = LITERAL_TEXT.matcher(argument.strip());
        return m.matches() ? m.group(1) : null;
    }

    /** A literal value as JSON (text, whole number, true/false, an enum constant by name), or null for an expression. */
    private static JsonNode literal(String argument) {
        String a = argument.strip();
        String text = text(a);
        if (text != null) {
            return JsonNodeFactory.instance.textNode(text);
        }
        if (LITERAL_NUMBER.matcher(a).matches()) {
            return JsonNodeFactory.instance.numberNode(Long.parseLong(a.replaceAll("[lL]$", "")));
        }
        if (a.equals("true") || a.equals("false")) {
            return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(a));
        }
        Matcher constant = Pattern.compile("(?:[\\w$]+\\.)*(?:Sku|GatewaySku|Billing|Encryption|AzureCloud"
                + "|FirstHopRedundancy)\\.(\\w+)").matcher(a);
        return constant.matches() ? JsonNodeFactory.instance.textNode(constant.group(1)) : null;
    }

    private static RuleProblem at(RuleInfo rule, String message) {
        return RuleProblem.warning(rule.file(), rule.line(), rule.line() > 0 ? 1 : 0, message);
    }
}
