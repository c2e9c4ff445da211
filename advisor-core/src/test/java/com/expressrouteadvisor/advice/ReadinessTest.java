package com.expressrouteadvisor.advice;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Readiness is ordered from worst to best; a blocker outranks an open question, which outranks a warning. */
class ReadinessTest {

    @Test
    void readinessIsOrderedFromWorstToBest() {
        assertThat(Readiness.values()).containsExactly(Readiness.BLOCKED, Readiness.INCOMPLETE,
                Readiness.READY_WITH_WARNINGS, Readiness.READY);
        assertThat(List.of(Readiness.READY, Readiness.INCOMPLETE, Readiness.READY_WITH_WARNINGS).stream()
                .reduce(Readiness.READY, Readiness::worst)).isEqualTo(Readiness.INCOMPLETE);
    }

    @Test
    void aBlockerOutranksAnOpenQuestionWhichOutranksAWarning() {
        assertThat(Readiness.of(Set.of(Severity.BLOCKER, Severity.WARNING), true)).isEqualTo(Readiness.BLOCKED);
        assertThat(Readiness.of(Set.of(Severity.WARNING), true)).isEqualTo(Readiness.INCOMPLETE);
        assertThat(Readiness.of(Set.of(Severity.WARNING, Severity.INFO), false))
                .isEqualTo(Readiness.READY_WITH_WARNINGS);
        assertThat(Readiness.of(Set.of(Severity.INFO), false)).isEqualTo(Readiness.READY);
    }
}
