package com.expressrouteadvisor.batch;

import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.profile.FieldNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The CSV form of a profile (CONTRACT §3): one column per field, named by its dotted path
 * ({@code connectivity.hasMplsWan}), lists separated by {@code ;}, an empty cell for unknown. A row becomes
 * the same JSON a {@code .json} input would hold, so the profile parser checks both alike: a cell that is
 * not a number stays text and is refused by name, and so is a column that names no field.
 */
public final class ProfileColumns {

    /** The field types a profile column can have. */
    enum Kind { BOOLEAN, WHOLE_NUMBER, TEXT, LIST }

    /** One column: its dotted path and how its cells read. */
    record Column(String path, String[] segments, Kind kind) {
    }

    public static final String LIST_SEPARATOR = ";";

    /** Every profile field, in the order of the profile record: the header of a generated CSV. */
    public static final List<Column> ALL = List.copyOf(columnsOf(CustomerProfile.class, ""));
    private static final Map<String, Column> BY_PATH = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Column::path, Function.identity()));

    private final Column[] columns;
    /** Why no row can be read against this header (a column named twice), or null. */
    private final String headerProblem;

    private ProfileColumns(Column[] columns, String headerProblem) {
        this.columns = columns;
        this.headerProblem = headerProblem;
    }

    /**
     * Reads a header row. A column that names no field is kept, so each record's reject names it; so is a column
     * named twice, which rejects every row (which of the two cells would be meant cannot be told).
     */
    public static ProfileColumns of(String[] header) {
        Column[] columns = new Column[header.length];
        Map<String, Integer> seen = new HashMap<>();
        String problem = null;
        for (int i = 0; i < header.length; i++) {
            String name = header[i].strip();
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1); // spreadsheet programs often start a UTF-8 file with a byte-order mark
            }
            Integer earlier = seen.putIfAbsent(name, i + 1);
            if (earlier != null && problem == null) {
                problem = "column '" + name + "' appears twice in the header (columns " + earlier + " and " + (i + 1)
                        + "); give each field one column";
            }
            Column known = BY_PATH.get(name);
            columns[i] = known != null ? known : new Column(name, name.split("\\.", -1), Kind.TEXT);
        }
        return new ProfileColumns(columns, problem);
    }

    public static String[] header() {
        return ALL.stream().map(Column::path).toArray(String[]::new);
    }

    public int size() {
        return columns.length;
    }

    JsonNode toJson(String[] cells, ObjectMapper mapper) throws RecordContent.UnreadableRecordException {
        if (headerProblem != null) {
            throw new RecordContent.UnreadableRecordException(headerProblem);
        }
        if (cells.length != columns.length) {
            throw new RecordContent.UnreadableRecordException("the row has " + cells.length
                    + " cells but the header names " + columns.length + " columns");
        }
        JsonNodeFactory nodes = mapper.getNodeFactory();
        ObjectNode root = nodes.objectNode();
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i] == null ? "" : cells[i].strip();
            if (cell.isEmpty()) {
                continue; // an empty cell is an unknown value, as a missing JSON field is
            }
            Column column = columns[i];
            ObjectNode parent = root;
            String[] segments = column.segments();
            for (int s = 0; s < segments.length - 1; s++) {
                JsonNode child = parent.get(segments[s]);
                if (child == null) {
                    child = parent.putObject(segments[s]);
                } else if (!child.isObject()) {
                    throw new RecordContent.UnreadableRecordException("column '" + column.path()
                            + "' nests under '" + segments[s] + "', which another column gives a value");
                }
                parent = (ObjectNode) child;
            }
            parent.set(segments[segments.length - 1], value(cell, column.kind(), nodes));
        }
        return root;
    }

    /** A typed value where the cell reads as its type; else the text, which the parser refuses by name. */
    private static JsonNode value(String cell, Kind kind, JsonNodeFactory nodes) {
        switch (kind) {
            case BOOLEAN -> {
                String lower = cell.toLowerCase(Locale.ROOT);
                if (lower.equals("true") || lower.equals("false")) {
                    return nodes.booleanNode(lower.equals("true"));
                }
            }
            case WHOLE_NUMBER -> {
                try {
                    return nodes.numberNode(Long.parseLong(cell));
                } catch (NumberFormatException e) {
                    // stays text: "expected a whole number, got string …"
                }
            }
            case LIST -> {
                ArrayNode list = nodes.arrayNode();
                for (String element : cell.split(LIST_SEPARATOR, -1)) {
                    if (!element.isBlank()) {
                        list.add(element.strip());
                    }
                }
                return list;
            }
            case TEXT -> {
                return nodes.textNode(cell);
            }
        }
        return nodes.textNode(cell);
    }

    /** The cells of one profile in {@link #ALL}'s order: the inverse of reading a row. */
    public static String[] toCells(JsonNode profile) {
        String[] cells = new String[ALL.size()];
        for (int i = 0; i < cells.length; i++) {
            JsonNode node = profile;
            for (String segment : ALL.get(i).segments()) {
                node = node == null ? null : node.get(segment);
            }
            cells[i] = cell(node);
        }
        return cells;
    }

    private static String cell(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            StringJoiner joined = new StringJoiner(LIST_SEPARATOR);
            node.forEach(element -> joined.add(element.asText()));
            return joined.toString();
        }
        return node.asText();
    }

    private static List<Column> columnsOf(Class<?> record, String prefix) {
        List<Column> columns = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String path = prefix + FieldNames.json(component);
            Type type = component.getGenericType();
            if (type instanceof Class<?> c && c.isRecord()) {
                columns.addAll(columnsOf(c, path + "."));
            } else {
                columns.add(new Column(path, path.split("\\."), kindOf(type)));
            }
        }
        return columns;
    }

    private static Kind kindOf(Type type) {
        if (type == Boolean.class) {
            return Kind.BOOLEAN;
        }
        if (type == Integer.class || type == Long.class) {
            return Kind.WHOLE_NUMBER;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return Kind.LIST;
        }
        return Kind.TEXT;
    }
}
