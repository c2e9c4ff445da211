package com.expressrouteadvisor.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The domain facts every {@code @factId} cites, read from {@code facts/expressroute-facts.csv}: columns
 * {@code id,fact,source,ms_date}, where {@code source} and {@code ms_date} hold one or more values separated by
 * {@code ;}, the n-th date belonging to the n-th source. Immutable; a malformed file fails loading with a message
 * naming the file, the row and what is wrong.
 *
 * <pre>{@code
 * FactCatalog facts = FactCatalog.load(Path.of("facts", FactCatalog.FILE));
 * facts.find("ROUTE-EBGP").map(Fact::text);
 * }</pre>
 */
public final class FactCatalog {

    public static final String FILE = "expressroute-facts.csv";
    public static final List<String> COLUMNS = List.of("id", "fact", "source", "ms_date");

    private static final Pattern ID = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    private final Path file;
    private final Map<String, Fact> facts;

    private FactCatalog(Path file, Map<String, Fact> facts) {
        this.file = file;
        this.facts = Collections.unmodifiableMap(facts);
    }

    public static FactCatalog load(Path csv) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        List<Map<String, String>> rows = CsvTable.read(csv, COLUMNS.toArray(String[]::new));
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String where = csv + ": row " + (i + 2); // the header is row 1
            for (String column : COLUMNS) {
                if (row.getOrDefault(column, "").isEmpty()) {
                    throw new ReferenceDataException(where + ": column " + column + " is empty");
                }
            }
            String id = row.get("id");
            if (!ID.matcher(id).matches()) {
                throw new ReferenceDataException(where + ": fact ID '" + id + "' is not of the form WORD-WORD "
                        + "(capitals, digits and dashes)");
            }
            Fact fact = new Fact(id, row.get("fact"), sources(where + " (" + id + ")", row));
            if (facts.putIfAbsent(id, fact) != null) {
                throw new ReferenceDataException(where + ": fact ID " + id + " appears twice");
            }
        }
        if (facts.isEmpty()) {
            throw new ReferenceDataException(csv + ": no facts");
        }
        return new FactCatalog(csv, facts);
    }

    private static List<FactSource> sources(String where, Map<String, String> row) {
        List<String> pages = CsvTable.list(row.get("source"));
        List<String> dates = CsvTable.list(row.get("ms_date"));
        if (pages.size() != dates.size()) {
            throw new ReferenceDataException(where + ": " + pages.size() + " sources but " + dates.size()
                    + " dates in ms_date; give one date per source, separated by ';'");
        }
        List<FactSource> sources = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            try {
                sources.add(new FactSource(pages.get(i), SourceDate.parse(dates.get(i))));
            } catch (IllegalArgumentException e) {
                throw new ReferenceDataException(where + ": ms_date of " + pages.get(i) + ": " + e.getMessage());
            }
        }
        return sources;
    }

    /** The file the catalog was read from, for messages. */
    public Path file() {
        return file;
    }

    public Optional<Fact> find(String id) {
        return Optional.ofNullable(facts.get(id));
    }

    public boolean contains(String id) {
        return facts.containsKey(id);
    }

    /** Every fact, in the order of the file. */
    public List<Fact> all() {
        return List.copyOf(facts.values());
    }

    public Set<String> ids() {
        return facts.keySet();
    }

    public int size() {
        return facts.size();
    }
}
