package com.expressrouteadvisor.report;

import com.expressrouteadvisor.advice.Evaluation;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code --format csv}: one row per customer (top model, layer, readiness, resiliency, gap codes, open
 * questions) for a spreadsheet. Lists are {@code ;}-separated, as in the CSV input.
 *
 * <p>A text cell that a spreadsheet would read as a formula ({@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return first) gets a leading {@code '}, as OWASP advises against CSV injection: a
 * customer id {@code =HYPERLINK(…)} shows as text instead of running. Numeric columns are never prefixed.
 */
final class CsvResultWriter implements ResultWriter<byte[]> {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private final OutputStream out;
    private final ObjectWriter row = CSV.writerFor(String[].class).with(CsvSchema.emptySchema());

    CsvResultWriter(OutputStream out) throws IOException {
        this.out = out;
        out.write(row.writeValueAsBytes(ResultRow.CSV_HEADER));
    }

    @Override
    public byte[] encode(Evaluation evaluation) throws IOException {
        return row.writeValueAsBytes(cells(ResultRow.of(evaluation)));
    }

    @Override
    public void write(byte[] encoded) throws IOException {
        out.write(encoded);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** The cells in {@link ResultRow#CSV_HEADER} order, lists joined with {@code ;} as in the CSV input. */
    private static String[] cells(ResultRow r) {
        return new String[]{text(r.customerId()), text(r.readiness()), text(r.topModel()), text(r.layer()),
                number(r.score()), text(r.resiliencyTier()), number(r.resiliencyScore()),
                text(String.join(";", r.gapCodes())), number(r.blockers()), number(r.warnings()),
                text(String.join(";", r.questions()))};
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String cell = Unicode.wellFormed(value);
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }
}
