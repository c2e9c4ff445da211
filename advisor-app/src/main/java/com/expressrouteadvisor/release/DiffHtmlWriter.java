package com.expressrouteadvisor.release;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * HTML: a page holding the {@link ReleaseImpactHtml} section. Rows are spooled to a temporary file while the
 * diff streams (the totals, shown first, are only known at the end); at most {@link #ROWS} are kept.
 */
final class DiffHtmlWriter implements DiffWriter<String> {

    /** More rows than this make a page no reviewer reads; CSV and NDJSON have them all. */
    static final int ROWS = 20_000;

    private final Writer out;
    private final Path spool;
    private final Writer rows;
    private long spooled;
    private long omitted;

    DiffHtmlWriter(OutputStream out) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.spool = Files.createTempFile("advisor-diff-", ".rows");
        spool.toFile().deleteOnExit();
        this.rows = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
    }

    @Override
    public String encode(CustomerChange change) {
        return ReleaseImpactHtml.row(change);
    }

    @Override
    public void write(String row) throws IOException {
        if (spooled < ROWS) {
            rows.write(row);
            spooled++;
        } else {
            omitted++;
        }
    }

    @Override
    public void finish(ImpactTotals totals) throws IOException {
        rows.close();
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Release impact</title>\n<style>"
                + ReleaseImpactHtml.STYLE + "</style></head><body>\n");
        try (Reader spooledRows = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
            ReleaseImpactHtml.section(out, "Release impact: customers whose advice changes", totals, spooledRows,
                    omitted);
        }
        out.write("</body></html>\n");
    }

    @Override
    public void close() throws IOException {
        try {
            rows.close();
            out.close();
        } finally {
            Files.deleteIfExists(spool);
        }
    }
}
