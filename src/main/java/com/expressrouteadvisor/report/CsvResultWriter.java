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
        return row.writeValueAsBytes(ResultRow.of(evaluation).cells());
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
