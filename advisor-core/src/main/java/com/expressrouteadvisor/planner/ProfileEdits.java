package com.expressrouteadvisor.planner;

import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.profile.FieldError;
import com.expressrouteadvisor.profile.ParsedProfile;
import com.expressrouteadvisor.profile.ProfileParser;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Profile changes by dotted field path on the profile's JSON (CONTRACT §3), checked by the real profile parser:
 * a change the parser would reject for a user is never proposed. Thread-safe.
 */
public final class ProfileEdits {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private final ProfileParser parser;

    public ProfileEdits(ProfileParser parser) {
        this.parser = parser;
    }

    /** The profile as the JSON a user would have written (unknown fields left out). */
    public ObjectNode toJson(CustomerProfile profile) {
        return MAPPER.valueToTree(profile);
    }

    /** A remedy's value as JSON: text, numbers and true/false as they are, enum constants by name, lists as arrays. */
    public static JsonNode valueOf(Object value) {
        return MAPPER.valueToTree(value instanceof Enum<?> e ? e.name() : value);
    }

    /** The value at the path, or null when the profile does not give it (unknown). */
    public static JsonNode at(JsonNode profile, String path) {
        JsonNode node = profile;
        for (String part : path.split("\\.", -1)) {
            node = node == null ? null : node.get(part);
        }
        return node == null || node.isNull() ? null : node;
    }

    /** A copy of the profile JSON with the value set at the path, creating the objects on the way. */
    public static ObjectNode with(ObjectNode profile, String path, JsonNode value) {
        ObjectNode copy = profile.deepCopy();
        String[] parts = path.split("\\.", -1);
        ObjectNode parent = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = parent.get(parts[i]);
            parent = child instanceof ObjectNode object ? object : parent.putObject(parts[i]);
        }
        parent.set(parts[parts.length - 1], value);
        return copy;
    }

    /** The changed profile, or why the parser refuses it. */
    public Edit apply(ObjectNode profile, String path, JsonNode value) {
        ObjectNode changed = with(profile, path, value);
        ParsedProfile parsed = parser.parse(changed);
        return parsed.isValid() ? new Edit(changed, parsed.profile(), List.of())
                : new Edit(changed, null, parsed.errors());
    }

    /** A changed profile: valid with its record, or invalid with the parser's errors. */
    public record Edit(ObjectNode json, CustomerProfile profile, List<FieldError> errors) {
        public boolean isValid() {
            return profile != null;
        }

        public String describeErrors() {
            return errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
        }
    }

    /** A value as a consultant reads it: text as is, lists joined with commas, unknown as "unknown". */
    public static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "unknown";
        }
        if (value.isArray()) {
            StringBuilder joined = new StringBuilder();
            value.forEach(item -> joined.append(joined.isEmpty() ? "" : ", ").append(text(item)));
            return joined.toString();
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
