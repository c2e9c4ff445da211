package com.expressrouteadvisor.batch;

/** The reasons, shared by every input format, why a record cannot be read at all; each becomes its reject. */
final class RecordProblems {

    private RecordProblems() {
    }

    static RecordContent.Unreadable tooLarge(long bytes, int maxRecordBytes) {
        return new RecordContent.Unreadable("the record is " + bytes + " bytes, more than the limit of "
                + maxRecordBytes + " bytes per record (--max-record-bytes); it was skipped");
    }

    static RecordContent.Unreadable invalidUtf8(StrictUtf8.InvalidUtf8Exception e, String where) {
        return new RecordContent.Unreadable("not valid UTF-8: byte 0x" + String.format("%02X", e.value())
                + " at " + where + " cannot be part of UTF-8 text; inputs must be UTF-8");
    }

    static RecordContent.Unreadable otherEncoding(String encoding) {
        return new RecordContent.Unreadable("the input is " + encoding
                + "; only UTF-8 is read: save it as UTF-8 and run again");
    }
}
