package com.expressrouteadvisor.release;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * CSV: one row per changed customer, lists {@code ;}-separated, gaps as {@code CODE:SEVERITY}. The totals are
 * not in the file (a CSV has one shape of row); they go to standard error like every run's counts. Text cells
 * a spreadsheet would take for a formula get a leading {@code '}, as in {@code evaluate --format csv}.
 */
final class DiffCsvWriter implements DiffWriter<byte[]> {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    static final String[] HEADER = {"customerId", "readinessBefore", "readinessAfter", "topBefore", "topAfter",
            "gapsAdded", "gapsRemoved", "questionsAdded", "questionsRemoved", "textsChanged", "resiliencyChanged",
            "rulesStartedFiring", "rulesStoppedFiring"};

    private final OutputStream out;
    private final ObjectWriter row = CSV.writerFor(String[].class).with(CsvSchema.emptySchema());

    DiffCsvWriter(OutputStream out) throws IOException {
        this.out = out;
        out.write(row.writeValueAsBytes(HEADER));
    }

    @Override
    public byte[] encode(CustomerChange c) throws IOException {
        return row.writeValueAsBytes(new String[]{text(c.customerId()), c.readinessBefore().name(),
                c.readinessAfter().name(), CustomerChange.describe(c.topBefore()), CustomerChange.describe(c.topAfter()),
                list(c.gapsAdded()), list(c.gapsRemoved()), list(c.questionsAdded()), list(c.questionsRemoved()),
                list(c.textsChanged()), Boolean.toString(c.resiliencyChanged()), list(c.rulesStartedFiring()),
                list(c.rulesStoppedFiring())});
    }

    private static String list(List<?> items) {
        return text(items.stream().map(Objects::toString).collect(Collectors.joining(";")));
    }

    /** OWASP's advice against CSV injection: a cell that starts like a formula is shown as text. */
    private static String text(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    @Override
    public void write(byte[] encoded) throws IOException {
        out.write(encoded);
    }

    @Override
    public void finish(ImpactTotals totals) {
        // The totals are on standard error; see the class comment.
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
