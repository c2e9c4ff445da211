package com.expressrouteadvisor.reference;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reads a reference CSV with a header row into rows of column name to trimmed value. */
public final class CsvTable {

    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvTable() {
    }

    public static List<Map<String, String>> read(Path file, String... requiredColumns) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = MAPPER.readerForMapOf(String.class).with(schema)
                     .readValues(reader)) {
            List<Map<String, String>> result = new ArrayList<>();
            while (rows.hasNextValue()) {
                Map<String, String> row = rows.nextValue();
                row.replaceAll((column, value) -> value == null ? "" : value.trim());
                result.add(row);
            }
            if (!result.isEmpty() && !result.get(0).keySet().containsAll(Arrays.asList(requiredColumns))) {
                throw new ReferenceDataException(file + ": expected columns " + String.join(",", requiredColumns)
                        + " but found " + String.join(",", result.get(0).keySet()));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data " + file + ": " + e.getMessage(), e);
        }
    }

    public static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
