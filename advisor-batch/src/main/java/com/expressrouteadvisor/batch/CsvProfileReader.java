package com.expressrouteadvisor.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@code .csv} input (RFC 4180): a header of dotted field names, then one profile per row (CONTRACT §3). Rows
 * are split here and turned into JSON by the workers; blank lines skip. A quoted cell may hold commas, line breaks
 * and doubled quotes ({@code ""}); a row goes on over a line break while a quote is open. A row that cannot be
 * read (over the record limit, not valid UTF-8, a quote out of place) is a reject naming its line, and the next
 * row is read.
 */
final class CsvProfileReader extends ByteProfileReader {

    private ProfileColumns columns;

    CsvProfileReader(String source, InputStream stream, AtomicLong counter, int maxRecordBytes) {
        super(source, stream, counter, maxRecordBytes);
    }

    /** A row as read: its cells, or why it cannot be read. */
    private record Row(long line, String[] cells, String problem) {
    }

    @Override
    protected InputRecord readNext() throws IOException {
        while (true) {
            Row row = readRow();
            if (row == null) {
                return null;
            }
            if (columns == null) {
                if (row.problem() != null) {
                    // Without its header no row of the file can be read: one reject says so, for the whole file.
                    finished = true;
                    return record(row.line(), new RecordContent.Unreadable("the header row cannot be read, so "
                            + "neither can the rest of this input: " + row.problem()));
                }
                columns = ProfileColumns.of(row.cells());
                continue;
            }
            return record(row.line(), row.problem() != null ? new RecordContent.Unreadable(row.problem())
                    : new RecordContent.CsvRow(columns, row.cells()));
        }
    }

    private Row readRow() throws IOException {
        ByteInput.Line line;
        do {
            line = in.readLine(maxRecordBytes);
            if (line == null) {
                return null;
            }
        } while (line.isBlank());
        long start = line.number();
        long total = line.length();
        long quotes = line.quotes();
        boolean tooLong = line.tooLong();
        ByteArrayOutputStream joined = null;
        byte[] bytes = line.bytes();
        while (quotes % 2 == 1) {
            ByteInput.Line more = in.readLine(maxRecordBytes);
            if (more == null) {
                return new Row(start, null, "a quoted cell is not closed before the end of the input (the row "
                        + "starts at line " + start + ")");
            }
            total += 1 + more.length();
            quotes += more.quotes();
            tooLong |= more.tooLong() || total > maxRecordBytes;
            if (!tooLong) {
                if (joined == null) {
                    joined = new ByteArrayOutputStream();
                    joined.write(bytes, 0, bytes.length);
                }
                joined.write('\n');
                joined.write(more.bytes(), 0, more.bytes().length);
            }
        }
        if (tooLong) {
            return new Row(start, null, RecordProblems.tooLarge(total, maxRecordBytes).reason());
        }
        return cells(start, joined != null ? joined.toByteArray() : bytes);
    }

    /** Splits a row into its cells, strictly: a quote only around a whole cell, doubled inside it. */
    private Row cells(long start, byte[] row) {
        List<String> cells = new ArrayList<>();
        ByteArrayOutputStream quoted = new ByteArrayOutputStream();
        int i = 0;
        while (true) {
            int cellNumber = cells.size() + 1;
            int cellStart = i;
            byte[] cell;
            int cellOffset;
            int cellLength;
            if (i < row.length && row[i] == '"') {
                quoted.reset();
                int j = i + 1;
                while (true) {
                    if (j >= row.length) {
                        return new Row(start, null, "cell " + cellNumber + ": its opening '\"' is never closed");
                    }
                    if (row[j] == '"') {
                        if (j + 1 < row.length && row[j + 1] == '"') {
                            quoted.write('"');
                            j += 2;
                            continue;
                        }
                        j++;
                        break;
                    }
                    quoted.write(row[j++]);
                }
                if (j < row.length && row[j] != ',') {
                    return new Row(start, null, "cell " + cellNumber + ": text after the closing '\"' of a quoted cell");
                }
                cell = quoted.toByteArray();
                cellOffset = 0;
                cellLength = cell.length;
                i = j;
            } else {
                int j = i;
                while (j < row.length && row[j] != ',') {
                    if (row[j] == '"') {
                        return new Row(start, null, "cell " + cellNumber + ": a '\"' inside a cell that does not "
                                + "start with one; put the whole cell in quotes and double the quote inside it");
                    }
                    j++;
                }
                cell = row;
                cellOffset = i;
                cellLength = j - i;
                i = j;
            }
            try {
                cells.add(utf8.decode(cell, cellOffset, cellLength));
            } catch (StrictUtf8.InvalidUtf8Exception e) {
                int at = cell == row ? cellOffset + e.offset() : cellStart;
                return new Row(start, null, RecordProblems.invalidUtf8(e, position(start, row, at)).reason());
            }
            if (i >= row.length) {
                return new Row(start, cells.toArray(String[]::new), null);
            }
            i++; // the comma
        }
    }

    /** The line and column in the file of a byte of a row that started at {@code start}. */
    private static String position(long start, byte[] row, int offset) {
        long line = start;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (row[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + StrictUtf8.column(row, lineStart, offset);
    }
}
