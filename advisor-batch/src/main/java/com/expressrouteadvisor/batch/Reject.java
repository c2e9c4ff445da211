package com.expressrouteadvisor.batch;

import com.expressrouteadvisor.profile.FieldError;
import com.expressrouteadvisor.report.Unicode;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A record that produced no result, and why: the source and line to find it, the customer id when known,
 * and each reason naming the field. Written as one NDJSON line to the rejects file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reject(String source, long line, long index, String id, List<FieldError> errors)
        implements RecordOutcome {

    /**
     * One line for a person: {@code portfolio.json:12: customer 'x': routing.asn: expected a whole number…},
     * {@link Unicode#printable printable}: it goes to a terminal, where an id must not act as a control sequence.
     */
    public String describe() {
        String who = id != null ? "customer '" + id + "'" : "record " + (index + 1);
        return Unicode.printable(source + ":" + line + ": " + who + ": "
                + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    }
}
