package com.expressrouteadvisor.release;

import com.expressrouteadvisor.advice.Readiness;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The counts of a diff, kept as it goes: a few numbers per readiness pair, whatever the portfolio's size.
 * Not thread-safe: counted by the one thread that writes the changes, in input order.
 */
@JsonPropertyOrder({"changed", "unchanged", "rejected", "readiness", "failOn", "failing"})
public final class ImpactTotals {

    private final List<FailCondition> failOn;
    private final Map<Readiness, Map<Readiness, Long>> byReadiness = new EnumMap<>(Readiness.class);
    private long changed;
    private long unchanged;
    private long failing;
    private long rejected;

    /** @param failOn the conditions that fail the diff; empty: any change does */
    public ImpactTotals(List<FailCondition> failOn) {
        this.failOn = List.copyOf(failOn);
    }

    /** One readiness pair and how many changed customers went that way (both may be the same verdict). */
    @JsonPropertyOrder({"before", "after", "customers"})
    public record Transition(Readiness before, Readiness after, long customers) {
        @Override
        public String toString() {
            return customers + " " + before + " → " + after;
        }
    }

    public void addUnchanged() {
        unchanged++;
    }

    /** Counts a changed customer; true when it matches a {@code --fail-on} condition (or any change without them). */
    public boolean addChanged(CustomerChange change) {
        changed++;
        byReadiness.computeIfAbsent(change.readinessBefore(), r -> new EnumMap<>(Readiness.class))
                .merge(change.readinessAfter(), 1L, Long::sum);
        boolean fails = fails(change);
        if (fails) {
            failing++;
        }
        return fails;
    }

    public boolean fails(CustomerChange change) {
        return failOn.isEmpty() || failOn.stream().anyMatch(condition -> condition.matches(change));
    }

    public void setRejected(long count) {
        this.rejected = count;
    }

    @JsonProperty("changed")
    public long changed() {
        return changed;
    }

    @JsonProperty("unchanged")
    public long unchanged() {
        return unchanged;
    }

    @JsonProperty("rejected")
    public long rejected() {
        return rejected;
    }

    /** Changed customers that match a {@code --fail-on} condition; all changed ones when none was given. */
    @JsonProperty("failing")
    public long failing() {
        return failing;
    }

    @JsonProperty("failOn")
    public List<String> failOnConditions() {
        return failOn.stream().map(FailCondition::toString).toList();
    }

    /** Most frequent first; ties from worst verdict before. */
    @JsonProperty("readiness")
    public List<Transition> readiness() {
        List<Transition> transitions = new ArrayList<>();
        byReadiness.forEach((before, afters) -> afters.forEach((after, count) ->
                transitions.add(new Transition(before, after, count))));
        transitions.sort(Comparator.comparingLong(Transition::customers).reversed());
        return transitions;
    }

    /** {@code 37 customers change: 12 BLOCKED → READY_WITH_WARNINGS, 3 READY → BLOCKED; 963 unchanged}. */
    @JsonIgnore
    public String sentence() {
        String unchangedPart = unchanged + (unchanged == 1 ? " customer does" : " customers do") + " not change";
        if (changed == 0) {
            return "no customer's advice changes; " + unchangedPart + (rejected > 0 ? "; " + rejected + " rejected" : "");
        }
        String sentence = changed + (changed == 1 ? " customer changes: " : " customers change: ")
                + readiness().stream().map(Transition::toString).collect(Collectors.joining(", "))
                + "; " + unchangedPart;
        if (rejected > 0) {
            sentence += "; " + rejected + " rejected";
        }
        if (!failOn.isEmpty()) {
            sentence += "; " + failing + " match --fail-on " + String.join(",", failOnConditions());
        }
        return sentence;
    }
}
