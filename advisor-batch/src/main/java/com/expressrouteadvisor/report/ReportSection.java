package com.expressrouteadvisor.report;

import com.expressrouteadvisor.advice.Evaluation;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/**
 * One part of the HTML portfolio report (the summary, the charts, the customer table…). Each section sees every
 * result once, in input order, while the run streams, and writes its HTML when the run is over; it keeps what it
 * needs in bounded memory (counts) or spools it to a file. New sections are added to
 * {@link HtmlReportWriter#sections}, so parts of the report can grow without touching one another.
 */
interface ReportSection extends Closeable {

    /** One result; called from one thread, in input order. */
    void add(Evaluation evaluation) throws IOException;

    /** The section's HTML, once every result was added. */
    void write(Writer page, ReportTexts texts) throws IOException;

    /** Releases what the section spooled; also called when the report is never written. */
    @Override
    default void close() throws IOException {
    }
}
