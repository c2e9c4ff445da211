package com.expressrouteadvisor.report;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table of {@link PlanTally} as a file of its own ({@code --summary FILE}): CSV for a spreadsheet, or JSON
 * ({@code {"changesThatUnblockMost": [...]}}) when the file name ends in {@code .json}.
 */
public final class PlanSummaryFile {

    public static final String[] CSV_HEADER = {"field", "to", "change", "customers", "readinessBefore",
            "readinessAfter"};
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private PlanSummaryFile() {
    }

    public static boolean isJson(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    public static void write(PlanTally tally, boolean json, OutputStream out) throws IOException {
        if (json) {
            out.write(Json.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(Map.of("changesThatUnblockMost", tally.rows())));
            out.write('\n');
            out.flush();
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(CSV_HEADER);
        for (PlanTally.Row row : tally.rows()) {
            rows.add(new String[]{CsvResultWriter.text(row.field()), CsvResultWriter.text(row.to()),
                    CsvResultWriter.text(row.label()), Long.toString(row.customers()), row.readinessBefore().name(),
                    row.readinessAfter().name()});
        }
        out.write(CSV.writerFor(String[][].class).with(CsvSchema.emptySchema())
                .writeValueAsBytes(rows.toArray(String[][]::new)));
        out.flush();
    }
}
