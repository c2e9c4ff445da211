package com.expressrouteadvisor.advice;

import com.expressrouteadvisor.reference.CsvTable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gap codes a rule set knows, with default severity, documentation reference and fact IDs, read from
 * {@code gap-codes.csv} in the rules folder so consultants can add codes without Java.
 */
public final class GapCatalog {

    public static final String FILE = "gap-codes.csv";

    /** Severity, documentation reference and fact IDs of one gap code. */
    public record Entry(String code, Severity severity, String reference, List<String> factIds) {
    }

    private final Map<String, Entry> entries;

    public GapCatalog(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    public static GapCatalog load(Path rulesFolder) {
        Path file = rulesFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new GapCatalog(Map.of());
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Map<String, String> row : CsvTable.read(file, "code", "severity", "reference")) {
            String code = row.get("code");
            entries.put(code, new Entry(code, Severity.valueOf(row.get("severity")), row.get("reference"),
                    CsvTable.list(row.getOrDefault("fact_ids", ""))));
        }
        return new GapCatalog(entries);
    }

    public Optional<Entry> find(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    public Map<String, Entry> entries() {
        return entries;
    }
}
