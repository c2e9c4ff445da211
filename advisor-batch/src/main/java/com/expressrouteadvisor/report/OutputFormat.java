package com.expressrouteadvisor.report;

import com.expressrouteadvisor.engine.RuleSet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;

/**
 * The output formats of {@code evaluate --format} (CONTRACT §2); {@code codes} is this implementation's
 * extension: codes and arguments without words, for machine consumers.
 */
public enum OutputFormat {
    JSON, NDJSON, CSV, TABLE, HTML, CODES;

    public ResultWriter<?> open(OutputStream out) throws IOException {
        return open(out, Locale.ENGLISH);
    }

    /** A writer whose own words (the HTML report's headings) are in {@code language}, like the advice. */
    public ResultWriter<?> open(OutputStream out, Locale language) throws IOException {
        return open(out, language, null);
    }

    /**
     * A writer for results of {@code ruleSet}: {@code codes} begins with the catalog of its texts in
     * {@code language}, so it needs the rule set; the other formats do not.
     */
    public ResultWriter<?> open(OutputStream out, Locale language, RuleSet ruleSet) throws IOException {
        return switch (this) {
            case JSON -> new JsonArrayWriter(out);
            case NDJSON -> new NdjsonWriter(out);
            case CSV -> new CsvResultWriter(out);
            case TABLE -> new TableWriter(out, language);
            case HTML -> new HtmlReportWriter(out, HtmlReportWriter.TABLE_ROWS, language);
            case CODES -> new CodesWriter(out,
                    Objects.requireNonNull(ruleSet, "the codes format writes the catalog of a rule set"), language);
        };
    }

    /**
     * Whether this format shows the texts of a result; one that does not is written from results evaluated
     * without them ({@code EvaluationOptions.withTexts(false)}), which spares formatting them.
     */
    public boolean showsTexts() {
        return this != CODES;
    }

    /** The format a file name's extension says, or null. */
    public static OutputFormat ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (OutputFormat format : values()) {
            if (format != TABLE && format != CODES && lower.endsWith("." + format.name().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        return lower.endsWith(".htm") ? HTML : lower.endsWith(".jsonl") ? NDJSON : null;
    }
}
