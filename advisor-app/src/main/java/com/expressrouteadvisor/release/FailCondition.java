package com.expressrouteadvisor.release;

import com.expressrouteadvisor.advice.Severity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A change a release must not make unseen, for {@code advisor rules diff --fail-on}: e.g. {@code readiness-down}
 * or {@code gap-added:BLOCKER}. Written in lower case with dashes; a gap condition may name a severity.
 */
public record FailCondition(Kind kind, Severity severity) {

    /** The kinds of change a condition can name. */
    public enum Kind {
        /** Any change in advice at all. */
        ANY,
        /** The verdict got worse, e.g. READY → BLOCKED. */
        READINESS_DOWN,
        /** The verdict changed either way. */
        READINESS_CHANGE,
        /** The first-ranked model or layer changed. */
        MODEL_CHANGE,
        /** A gap appears (of the severity, when one is given). */
        GAP_ADDED,
        /** A gap disappears (of the severity, when one is given). */
        GAP_REMOVED,
        QUESTION_ADDED,
        QUESTION_REMOVED,
        /** A message, remediation, question or reason is worded differently. */
        TEXT_CHANGE;

        String spelling() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        boolean takesSeverity() {
            return this == GAP_ADDED || this == GAP_REMOVED;
        }
    }

    public FailCondition {
        if (severity != null && !kind.takesSeverity()) {
            throw new IllegalArgumentException(kind.spelling() + " takes no severity");
        }
    }

    /**
     * The conditions of a comma-separated list, e.g. {@code readiness-down,gap-added:BLOCKER}.
     *
     * @throws IllegalArgumentException naming the part that is not a condition, and the ones that are
     */
    public static List<FailCondition> parseAll(String text) {
        List<FailCondition> conditions = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                conditions.add(parse(part.trim()));
            }
        }
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("--fail-on '" + text + "': name at least one of " + known());
        }
        return List.copyOf(conditions);
    }

    static FailCondition parse(String text) {
        String[] parts = text.split(":", 2);
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.spelling().equalsIgnoreCase(parts[0])).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--fail-on '" + text + "': not a condition; use "
                        + known()));
        if (parts.length == 1) {
            return new FailCondition(kind, null);
        }
        if (!kind.takesSeverity()) {
            throw new IllegalArgumentException("--fail-on '" + text + "': only gap-added and gap-removed take a "
                    + "severity");
        }
        Severity severity = Arrays.stream(Severity.values()).filter(s -> s.name().equalsIgnoreCase(parts[1]))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("--fail-on '" + text + "': severity is "
                        + Arrays.stream(Severity.values()).map(Enum::name).collect(Collectors.joining(", "))));
        return new FailCondition(kind, severity);
    }

    private static String known() {
        return Arrays.stream(Kind.values()).map(k -> k.takesSeverity() ? k.spelling() + "[:SEVERITY]" : k.spelling())
                .collect(Collectors.joining(", "));
    }

    public boolean matches(CustomerChange change) {
        return switch (kind) {
            case ANY -> true;
            case READINESS_DOWN -> change.readinessDown();
            case READINESS_CHANGE -> change.readinessChanged();
            case MODEL_CHANGE -> change.topChanged();
            case GAP_ADDED -> change.gapsAdded().stream().anyMatch(g -> severity == null || g.severity() == severity);
            case GAP_REMOVED -> change.gapsRemoved().stream().anyMatch(g -> severity == null || g.severity() == severity);
            case QUESTION_ADDED -> !change.questionsAdded().isEmpty();
            case QUESTION_REMOVED -> !change.questionsRemoved().isEmpty();
            case TEXT_CHANGE -> !change.textsChanged().isEmpty();
        };
    }

    /** As written on the command line: {@code gap-added:BLOCKER}. */
    @Override
    public String toString() {
        return severity == null ? kind.spelling() : kind.spelling() + ":" + severity;
    }
}
