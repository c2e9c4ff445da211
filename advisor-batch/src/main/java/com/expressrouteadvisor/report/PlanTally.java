package com.expressrouteadvisor.report;

import com.expressrouteadvisor.advice.Plan;
import com.expressrouteadvisor.advice.PlanStatus;
import com.expressrouteadvisor.advice.PlannedChange;
import com.expressrouteadvisor.advice.Readiness;
import com.expressrouteadvisor.planner.ProfileEdits;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The changes that unblock the most customers of a portfolio: for each change (field and new value) and each
 * readiness it leads from and to, how many customers' plans hold it ("Premium add-on: 37 customers from BLOCKED to
 * READY"). Counts only plans that were found. Thread-safe; the rows do not depend on the order plans were added.
 */
public final class PlanTally {

    /** One row of the table. {@code label} is the change's text (the first in text order when plans word it apart). */
    @JsonPropertyOrder({"field", "to", "label", "customers", "readinessBefore", "readinessAfter"})
    public record Row(String field, String to, String label, long customers, Readiness readinessBefore,
                      Readiness readinessAfter) {
    }

    private record Key(String field, String to, Readiness before, Readiness after) {
    }

    private final ConcurrentHashMap<Key, LongAdder> counts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Key, String> labels = new ConcurrentHashMap<>();

    public void add(Plan plan) {
        if (plan == null || plan.status() != PlanStatus.PLAN_FOUND) {
            return;
        }
        for (PlannedChange change : plan.changes()) {
            Key key = new Key(change.field(), ProfileEdits.text(change.to() instanceof JsonNode node ? node
                    : ProfileEdits.valueOf(change.to())), plan.readinessBefore(), plan.readinessAfter());
            counts.computeIfAbsent(key, k -> new LongAdder()).increment();
            labels.merge(key, change.why(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** Most customers first; then by field, value and readiness, so equal counts keep one order. */
    public List<Row> rows() {
        return counts.entrySet().stream()
                .map(e -> new Row(e.getKey().field(), e.getKey().to(), labels.get(e.getKey()), e.getValue().sum(),
                        e.getKey().before(), e.getKey().after()))
                .sorted(Comparator.comparingLong(Row::customers).reversed().thenComparing(Row::field)
                        .thenComparing(Row::to).thenComparing(Row::readinessBefore).thenComparing(Row::readinessAfter))
                .toList();
    }

    /** "Buy the ExpressRoute Premium add-on …: 37 customers from BLOCKED to READY". */
    public static String sentence(Row row) {
        return row.label() + ": " + row.customers() + (row.customers() == 1 ? " customer" : " customers") + " from "
                + row.readinessBefore() + " to " + row.readinessAfter();
    }
}
