package com.expressrouteadvisor.batch;

/** Counts of one run; every record read is either evaluated or rejected. */
public record RunSummary(long read, long evaluated, long rejected) {

    public boolean addsUp() {
        return read == evaluated + rejected;
    }

    @Override
    public String toString() {
        return read + " read, " + evaluated + " evaluated, " + rejected + " rejected";
    }
}
