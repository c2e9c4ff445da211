package com.expressrouteadvisor.batch;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record as read from an input, before it is parsed into a profile.
 *
 * @param source     the input as the user named it ({@code -} for standard input)
 * @param line       1-based line where the record starts
 * @param index      0-based position of the record in the whole run, which fixes the output order
 * @param node       the record's JSON, or null when it could not be read
 * @param readError  why the record could not be read (malformed JSON), or null
 */
public record InputRecord(String source, long line, long index, JsonNode node, String readError) {
}
