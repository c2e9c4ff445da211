package com.expressrouteadvisor.service;

import com.expressrouteadvisor.engine.RuleProblem;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import java.time.Instant;
import java.util.List;

/**
 * What one attempt to (re)load the rules folder came to.
 *
 * @param previousVersion the version served before the attempt (null at start-up)
 * @param version         the version the attempt read: the one now in service when loaded or unchanged, the refused
 *                        one when refused (the previous one keeps serving; it is {@code previousVersion})
 * @param problems        why a refused rule set was refused, each as {@code FILE:LINE:COLUMN: message}
 * @param warmUp          how a reloaded rule set was run on recent traffic before it served (null when not reloaded
 *                        or at start-up); part of {@code millis}
 */
@JsonPropertyOrder({"outcome", "trigger", "at", "millis", "previousVersion", "version", "warmUp", "problems"})
public record ReloadResult(Outcome outcome, Trigger trigger, @JsonSerialize(using = ToStringSerializer.class) Instant at,
                           long millis,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String previousVersion,
                           String version,
                           @JsonIgnore List<RuleProblem> problems,
                           @JsonInclude(JsonInclude.Include.NON_NULL) WarmUp warmUp) {

    public enum Outcome {
        /** The folder compiled and now serves new requests. */
        RELOADED,
        /** The folder's content hash equals the version in service: nothing to compile, nothing swapped. */
        UNCHANGED,
        /** The folder does not compile; the previous rule set keeps serving. */
        REFUSED
    }

    /** What asked for the reload. */
    public enum Trigger { STARTUP, HTTP, WATCH }

    /**
     * A reloaded rule set's run on recent traffic before it served.
     *
     * @param ending      why the warm-up stopped
     * @param evaluations how many evaluations it ran
     * @param millis      how long it took
     */
    @JsonPropertyOrder({"ending", "evaluations", "millis"})
    public record WarmUp(Ending ending, int evaluations, long millis) {

        public enum Ending {
            /** No profile evaluated since start-up, or warm-up switched off: swapped in at once. */
            NO_TRAFFIC,
            /** The evaluations ran and then the JIT compiled nothing to speak of for a while: the new code is compiled. */
            JIT_QUIET,
            /** The evaluations ran; this JVM does not tell how busy its JIT is, so nothing more to wait for. */
            EVALUATIONS_RUN,
            /** Stopped at the longest time it may take ({@code serve --reload-warm-up}). */
            MAX_TIME
        }
    }

    public ReloadResult {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** The problems as they appear in JSON: each with its {@code FILE:LINE:COLUMN: message} line. */
    @JsonProperty("problems")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<RuleProblemDetail> problemDetails() {
        return problems.stream().map(RuleProblemDetail::of).toList();
    }
}
