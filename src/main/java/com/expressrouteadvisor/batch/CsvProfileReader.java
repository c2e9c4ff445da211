package com.expressrouteadvisor.batch;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import java.io.IOException;
import java.io.Reader;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@code .csv} input: a header of dotted field names, then one profile per row (CONTRACT §3). Rows are
 * split here and turned into JSON by the workers; blank lines skip.
 */
final class CsvProfileReader implements ProfileReader {

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private final String source;
    private final MappingIterator<String[]> rows;
    private final AtomicLong counter;
    private ProfileColumns columns;
    private boolean failed;

    CsvProfileReader(String source, Reader reader, AtomicLong counter) throws IOException {
        this.source = source;
        this.rows = CSV.readerFor(String[].class).readValues(reader);
        this.counter = counter;
    }

    @Override
    public InputRecord next() throws IOException {
        if (failed) {
            return null;
        }
        try {
            if (columns == null) {
                if (!rows.hasNextValue()) {
                    return null;
                }
                columns = ProfileColumns.of(rows.nextValue());
            }
            if (!rows.hasNextValue()) {
                return null;
            }
            String[] cells = rows.nextValue();
            long line = rows.getParser().currentTokenLocation().getLineNr(); // the row's last token: its line
            return new InputRecord(source, line, counter.getAndIncrement(), new RecordContent.CsvRow(columns, cells));
        } catch (RuntimeJsonMappingException | com.fasterxml.jackson.core.JsonProcessingException e) {
            // A broken quote cannot be resynchronised: report it as one record and stop reading this file.
            failed = true;
            long line = rows.getParser().currentLocation().getLineNr();
            return new InputRecord(source, line, counter.getAndIncrement(),
                    new RecordContent.Unreadable("malformed CSV (" + e.getMessage().lines().findFirst().orElse("")
                            + "); the rest of this input cannot be read"));
        }
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
