package com.expressrouteadvisor.report;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.OpenQuestion;
import com.expressrouteadvisor.advice.Plan;
import com.expressrouteadvisor.advice.PlannedChange;
import com.expressrouteadvisor.planner.ProfileEdits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The outputs of {@code advisor plan}: the plan of each customer (its result must carry one) in the format asked
 * for; {@code html} is the portfolio report, with its section on the changes that unblock the most customers.
 */
public final class PlanOutput {

    static final String[] CSV_HEADER = {"customerId", "status", "readinessBefore", "readinessAfter", "totalCost",
            "changes", "remaining", "questionsFirst", "evaluations"};

    private PlanOutput() {
    }

    public static ResultWriter<?> open(OutputFormat format, OutputStream out, java.util.Locale language)
            throws IOException {
        return switch (format) {
            case JSON -> new JsonPlans(out);
            case NDJSON -> new NdjsonPlans(out);
            case CSV -> new CsvPlans(out);
            case TABLE -> new TablePlans(out);
            case HTML -> format.open(out, language);
            // A plan is words (the remedies) as much as codes; the command line refuses it before the run.
            case CODES -> throw new IllegalArgumentException("plans have no codes format");
        };
    }

    /** A writer that also counts each plan into the tally, for the summary file. */
    public static <T> ResultWriter<T> tallying(ResultWriter<T> writer, PlanTally tally) {
        return new ResultWriter<>() {
            @Override
            public T encode(Evaluation evaluation) throws IOException {
                tally.add(evaluation.plan());
                return writer.encode(evaluation);
            }

            @Override
            public void write(T encoded) throws IOException {
                writer.write(encoded);
            }

            @Override
            public void close() throws IOException {
                writer.close();
            }
        };
    }

    /** "azure.sku: STANDARD → PREMIUM (3)". */
    static String describe(PlannedChange change) {
        return change.field() + ": " + text(change.from()) + " → " + text(change.to()) + " (" + change.cost() + ")";
    }

    static String text(Object value) {
        return ProfileEdits.text(value == null ? null : value instanceof JsonNode node ? node
                : ProfileEdits.valueOf(value));
    }

    /** {@code {"plans": [...], "changesThatUnblockMost": [...]}}, the table written when every plan is in. */
    private static final class JsonPlans implements ResultWriter<byte[]> {
        private final OutputStream out;
        private final ObjectWriter writer = Json.mapper().writerFor(Plan.class);
        private final PlanTally tally = new PlanTally();
        private boolean first = true;

        JsonPlans(OutputStream out) throws IOException {
            this.out = out;
            out.write("{\"plans\":[\n".getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public byte[] encode(Evaluation evaluation) throws IOException {
            tally.add(evaluation.plan());
            return writer.writeValueAsBytes(evaluation.plan());
        }

        @Override
        public void write(byte[] encoded) throws IOException {
            if (!first) {
                out.write(",\n".getBytes(StandardCharsets.UTF_8));
            }
            first = false;
            out.write(encoded);
        }

        @Override
        public void close() throws IOException {
            out.write("\n],\n\"changesThatUnblockMost\":".getBytes(StandardCharsets.UTF_8));
            out.write(Json.mapper().writeValueAsBytes(tally.rows()));
            out.write("}\n".getBytes(StandardCharsets.UTF_8));
            out.close();
        }
    }

    private static final class NdjsonPlans extends LineWriter {
        private final ObjectWriter writer = Json.mapper().writerFor(Plan.class);

        NdjsonPlans(OutputStream out) {
            super(out);
        }

        @Override
        public byte[] encode(Evaluation evaluation) throws IOException {
            return writer.writeValueAsBytes(evaluation.plan());
        }
    }

    /** One row per customer; the changes {@code ;}-separated as "field: from → to (cost)". */
    private static final class CsvPlans implements ResultWriter<byte[]> {
        private static final CsvMapper CSV = CsvMapper.builder()
                .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
        private final OutputStream out;
        private final ObjectWriter row = CSV.writerFor(String[].class).with(CsvSchema.emptySchema());

        CsvPlans(OutputStream out) throws IOException {
            this.out = out;
            out.write(row.writeValueAsBytes(CSV_HEADER));
        }

        @Override
        public byte[] encode(Evaluation evaluation) throws IOException {
            Plan p = evaluation.plan();
            return row.writeValueAsBytes(new String[]{CsvResultWriter.text(p.customerId()), p.status().name(),
                    p.readinessBefore().name(), p.readinessAfter().name(), Integer.toString(p.totalCost()),
                    CsvResultWriter.text(p.changes().stream().map(PlanOutput::describe)
                            .collect(Collectors.joining(";"))),
                    CsvResultWriter.text(String.join(";", p.remaining())),
                    CsvResultWriter.text(p.questionsFirst().stream().map(OpenQuestion::field)
                            .collect(Collectors.joining(";"))),
                    Integer.toString(p.evaluations())});
        }

        @Override
        public void write(byte[] encoded) throws IOException {
            out.write(encoded);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** For a terminal: each customer's plan in a few lines, then the changes that unblock the most customers. */
    private static final class TablePlans implements ResultWriter<byte[]> {
        private final OutputStream out;
        private final PlanTally tally = new PlanTally();

        TablePlans(OutputStream out) {
            this.out = out;
        }

        @Override
        public byte[] encode(Evaluation evaluation) {
            Plan p = evaluation.plan();
            tally.add(p);
            StringBuilder text = new StringBuilder();
            text.append(Unicode.printable(p.customerId())).append(": ").append(p.status()).append(", ")
                    .append(p.readinessBefore()).append(" → ").append(p.readinessAfter());
            if (!p.changes().isEmpty()) {
                text.append(", cost ").append(p.totalCost());
            }
            text.append('\n');
            int step = 1;
            for (PlannedChange change : p.changes()) {
                text.append("  ").append(step++).append(". ").append(Unicode.printable(describe(change)))
                        .append(" — ").append(change.why());
                if (!change.removes().isEmpty()) {
                    text.append(" [removes ").append(String.join(", ", change.removes())).append(']');
                }
                if (!change.introduces().isEmpty()) {
                    text.append(" [introduces ").append(String.join(", ", change.introduces())).append(']');
                }
                text.append('\n');
            }
            if (!p.remaining().isEmpty()) {
                text.append("  remaining: ").append(String.join(", ", p.remaining())).append('\n');
            }
            if (!p.questionsFirst().isEmpty()) {
                text.append("  answer first: ").append(p.questionsFirst().stream().map(OpenQuestion::field)
                        .collect(Collectors.joining(", "))).append('\n');
            }
            if (p.message() != null) {
                text.append("  ").append(p.message()).append('\n');
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public void write(byte[] encoded) throws IOException {
            out.write(encoded);
        }

        @Override
        public void close() throws IOException {
            if (!tally.isEmpty()) {
                StringBuilder text = new StringBuilder("\nChanges that unblock the most customers:\n");
                tally.rows().forEach(row -> text.append("  ").append(PlanTally.sentence(row)).append('\n'));
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            }
            out.close();
        }
    }
}
