package com.expressrouteadvisor.batch;

import com.expressrouteadvisor.advice.Evaluation;

/** What one input record came to: its {@link Evaluated evaluation}, or a {@link Reject} saying why there is none. */
public sealed interface RecordOutcome permits RecordOutcome.Evaluated, Reject {

    /** The record's profile was valid and the rules finished on it. */
    record Evaluated(Evaluation evaluation) implements RecordOutcome {
    }
}
