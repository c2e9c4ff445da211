package com.expressrouteadvisor.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns one JSON record into a {@link CustomerProfile}, strictly: unknown fields, wrong types, malformed
 * addresses and impossible numbers are errors that name the field. All errors of a record are reported,
 * not just the first, so a user can fix a record in one go. Thread-safe.
 */
public final class ProfileParser {

    private static final long MAX_ASN = 4_294_967_295L;
    /** Azure's largest IPv4 subnet is a /2 and its smallest a /29 (Azure Virtual Network FAQ). */
    private static final int LARGEST_AZURE_SUBNET = 2;
    private static final int SMALLEST_AZURE_SUBNET = 29;

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();
    private final Map<Class<?>, Map<String, RecordComponent>> schemas = new ConcurrentHashMap<>();
    /**
     * Binds JSON text straight to a profile, refusing everything the tree walk refuses: the fast path for
     * the common case of a valid record. Anything it does not accept goes through the walk, which names
     * every error, so the outcome is the same either way; only the time differs.
     */
    private final RecordBinder<CustomerProfile> direct = RecordBinder.of(CustomerProfile.class);

    /**
     * One parser for the whole process. A parser is thread-safe, and making one costs time in a fresh JVM (its
     * object mapper and its binder learn the profile's types), so a process that parses profiles in several places
     * (the input, the planner's edited profiles) shares this one, and a short run can have it made on another
     * thread while its rules load.
     */
    public static ProfileParser standard() {
        return Standard.PARSER;
    }

    private static final class Standard {
        static final ProfileParser PARSER = new ProfileParser();
    }

    /**
     * Parses one record given as JSON text; the same outcome as {@code parse(readTree(json))}, faster for
     * valid records, and stricter about the text: a key given twice in one object is an error naming its dotted
     * path (a tree keeps only the last), and text after the record's value is malformed JSON.
     *
     * @throws MalformedJsonException when the text is not exactly one JSON value; its message says what and where
     */
    public ParsedProfile parse(String json) throws JsonProcessingException {
        if (!mayHoldLoneSurrogate(json)) {
            Optional<CustomerProfile> valid = valid(direct.bind(json));
            if (valid.isPresent()) {
                return ParsedProfile.valid(valid.get());
            }
        }
        JsonNode tree;
        try {
            tree = StrictJson.read(json);
        } catch (StrictJson.DuplicateKeyException e) {
            return ParsedProfile.invalid(null, List.of(new FieldError(printable(e.path()),
                    "is given twice in the same object; give each key once")));
        }
        return parse(tree);
    }

    /**
     * The profile when the UTF-8 text is exactly one JSON object that is a valid record; empty for anything else,
     * which the caller then reads as a tree and gives to {@link #parse(JsonNode)} to have every error named. The
     * fast path of a caller that reports malformed text its own way (the decision service); only ASCII text
     * without {@code \\u} escapes is taken, so that lone surrogates and malformed UTF-8 stay the walk's to find.
     */
    public Optional<CustomerProfile> parseValid(byte[] utf8, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (utf8[i] < 0 || (utf8[i] == '\\' && i + 1 < offset + length && utf8[i + 1] == 'u')) {
                return Optional.empty();
            }
        }
        return valid(direct.bind(utf8, offset, length)); // empty is not necessarily malformed: see the walk
    }

    /**
     * The profile bound by the fast path, if it passes every check of the walk; the binder has already refused
     * every wrong type, unknown or repeated key and null list element.
     */
    private Optional<CustomerProfile> valid(CustomerProfile profile) {
        if (profile != null && profile.id() != null && !profile.id().isBlank()) {
            List<FieldError> errors = new ArrayList<>();
            checkValues(profile, errors);
            if (errors.isEmpty()) {
                return Optional.of(profile);
            }
        }
        return Optional.empty();
    }

    /** Lone surrogates are found by the tree walk only; the fast path leaves text that might hold one to it. */
    private static boolean mayHoldLoneSurrogate(String json) {
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (Character.isSurrogate(c) || (c == '\\' && i + 1 < json.length() && json.charAt(i + 1) == 'u')) {
                return true;
            }
        }
        return false;
    }

    public ParsedProfile parse(JsonNode node) {
        List<FieldError> errors = new ArrayList<>();
        if (node == null || !node.isObject()) {
            errors.add(new FieldError("(record)", "expected a JSON object, got " + describe(node)));
            return ParsedProfile.invalid(null, errors);
        }
        // What passed the walk: the values of the fields that are known and of the right type, so that the
        // range checks below still run on them when another field is unknown or mistyped.
        ObjectNode accepted = checkObject(node, CustomerProfile.class, "", errors);
        JsonNode idNode = node.get("id");
        String id = idNode != null && idNode.isTextual() ? idNode.asText() : null;
        if (id != null && loneSurrogate(id) >= 0) {
            id = null; // the walk above names it; an id that is not text cannot be written out
        } else if (id == null || id.isBlank()) {
            if (idNode == null || idNode.isNull() || idNode.isTextual()) {
                errors.add(new FieldError("id", "is required and must not be empty"));
            }
            id = null;
        }
        CustomerProfile profile;
        try {
            profile = mapper.treeToValue(accepted, CustomerProfile.class);
        } catch (JsonProcessingException e) {
            // The walk above should have caught everything Jackson refuses; say so rather than hide it.
            errors.add(new FieldError("(record)", e.getOriginalMessage()));
            return ParsedProfile.invalid(id, errors);
        }
        checkValues(profile, errors);
        return errors.isEmpty() ? ParsedProfile.valid(profile) : ParsedProfile.invalid(id, errors);
    }

    // ---- structure and types -------------------------------------------------------------------------

    /** The object's known, well-typed fields; an error for each of the others. */
    private ObjectNode checkObject(JsonNode node, Class<?> type, String path, List<FieldError> errors) {
        Map<String, RecordComponent> fields = schema(type);
        ObjectNode accepted = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String fieldPath = path + printable(field.getKey());
            RecordComponent component = fields.get(field.getKey());
            if (component == null) {
                errors.add(new FieldError(fieldPath, "unknown field" + suggestion(field.getKey(), fields.keySet())));
            } else {
                JsonNode value = checkValue(field.getValue(), component.getGenericType(), fieldPath, errors);
                if (value != null) {
                    accepted.set(field.getKey(), value);
                }
            }
        }
        return accepted;
    }

    /** The value as far as it is right (an object keeps its right fields), or null after adding its errors. */
    private JsonNode checkValue(JsonNode value, Type type, String path, List<FieldError> errors) {
        if (value.isNull()) {
            return value; // null is the same as a missing field: unknown
        }
        int before = errors.size();
        if (type == Boolean.class) {
            expect(value.isBoolean(), "true or false", value, path, errors);
        } else if (type == Integer.class) {
            expect(value.isIntegralNumber() && value.canConvertToInt(), "a whole number", value, path, errors);
        } else if (type == Long.class) {
            expect(value.isIntegralNumber() && value.canConvertToLong(), "a whole number", value, path, errors);
        } else if (type == String.class) {
            expect(value.isTextual(), "a string", value, path, errors);
            int surrogate = value.isTextual() ? loneSurrogate(value.textValue()) : -1;
            if (surrogate >= 0) {
                errors.add(new FieldError(path, "contains a lone surrogate (\\u"
                        + Integer.toHexString(value.textValue().charAt(surrogate)).toUpperCase(Locale.ROOT)
                        + " at character " + (surrogate + 1) + "), which is not a character"));
            }
        } else if (type instanceof Class<?> c && c.isEnum()) {
            // Case, underscores and spaces do not count (CONTRACT §8): "Standard" is STANDARD.
            @SuppressWarnings({"unchecked", "rawtypes"})
            boolean known = value.isTextual() && EnumNames.match((Class) c, value.asText()) != null;
            if (!known) {
                List<String> allowed = Arrays.stream(c.getEnumConstants()).map(Object::toString).toList();
                errors.add(new FieldError(path, "expected one of " + String.join(", ", allowed) + ", got "
                        + describe(value) + (value.isTextual() ? suggestion(value.asText(), allowed) : "")));
            }
        } else if (type instanceof Class<?> c && c.isRecord()) {
            if (value.isObject()) {
                return checkObject(value, c, path + ".", errors);
            }
            errors.add(new FieldError(path, "expected an object, got " + describe(value)));
        } else if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (!value.isArray()) {
                errors.add(new FieldError(path, "expected a list, got " + describe(value)));
                return null;
            }
            for (int i = 0; i < value.size(); i++) {
                JsonNode element = value.get(i);
                String elementPath = path + "[" + i + "]";
                if (element.isNull()) {
                    errors.add(new FieldError(elementPath, "must not be null"));
                } else {
                    checkValue(element, list.getActualTypeArguments()[0], elementPath, errors);
                }
            }
            // A list with a wrong element is left out whole: the checks of its values name elements by index.
        } else {
            throw new IllegalStateException("profile field type not handled: " + type);
        }
        return errors.size() == before ? value : null;
    }

    private static void expect(boolean ok, String expected, JsonNode value, String path, List<FieldError> errors) {
        if (!ok) {
            errors.add(new FieldError(path, "expected " + expected + ", got " + describe(value)));
        }
    }

    private Map<String, RecordComponent> schema(Class<?> type) {
        return schemas.computeIfAbsent(type, t -> {
            Map<String, RecordComponent> fields = new LinkedHashMap<>();
            for (RecordComponent component : t.getRecordComponents()) {
                fields.put(FieldNames.json(component), component);
            }
            return fields;
        });
    }

    private static String suggestion(String unknown, Iterable<String> known) {
        return NameSuggestions.didYouMean(unknown, known);
    }

    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isNull()) {
            return "null";
        }
        String text = printable(value.toString());
        String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
        String kind = value.isTextual() ? "string" : value.isBoolean() ? "boolean" : value.isNumber() ? "number"
                : value.isArray() ? "list" : value.isObject() ? "object" : "null";
        return kind + " " + shown;
    }

    /** The index of the first half of a surrogate pair that has no other half, or -1. */
    static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Text with every lone surrogate written as its escape, so that it can be shown and written anywhere. */
    static String printable(String text) {
        if (loneSurrogate(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append("\\u").append(Integer.toHexString(c).toUpperCase(Locale.ROOT));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    // ---- values --------------------------------------------------------------------------------------

    private static void checkValues(CustomerProfile p, List<FieldError> errors) {
        if (p.connectivity() != null) {
            positive(p.connectivity().bandwidthMbps(), "connectivity.bandwidthMbps", errors);
        }
        if (p.routing() != null) {
            var r = p.routing();
            if (r.asn() != null && (r.asn() < 1 || r.asn() > MAX_ASN)) {
                errors.add(new FieldError("routing.asn", "must be between 1 and " + MAX_ASN + ", got " + r.asn()));
            }
            notNegative(r.edgeRouters(), "routing.edgeRouters", errors);
            notNegative(r.privatePrefixes(), "routing.privatePrefixes", errors);
            notNegative(r.microsoftPrefixes(), "routing.microsoftPrefixes", errors);
        }
        if (p.peerings() != null) {
            if (p.peerings().privatePeering() != null) {
                prefixes(p.peerings().privatePeering().subnets(), "peerings.private.subnets", errors);
            }
            if (p.peerings().microsoft() != null) {
                prefixes(p.peerings().microsoft().subnets(), "peerings.microsoft.subnets", errors);
            }
        }
        if (p.azure() != null) {
            prefixes(p.azure().vnetAddressSpaces(), "azure.vnetAddressSpaces", errors);
            notNegative(p.azure().vnetLinks(), "azure.vnetLinks", errors);
            notBlank(p.azure().regions(), "azure.regions", errors);
        }
        if (p.resilience() != null) {
            notNegative(p.resilience().circuits(), "resilience.circuits", errors);
            notNegative(p.resilience().peeringLocations(), "resilience.peeringLocations", errors);
        }
        checkVersion2Values(p, errors);
    }

    /** The fields of profile version 2 (CONTRACT §8). */
    private static void checkVersion2Values(CustomerProfile p, List<FieldError> errors) {
        if (p.routing() != null) {
            notNegative(p.routing().privatePrefixesIpv6(), "routing.privatePrefixesIpv6", errors);
        }
        if (p.azure() != null) {
            notNegative(p.azure().prefixesAdvertisedToOnPremises(), "azure.prefixesAdvertisedToOnPremises", errors);
            var gateway = p.azure().gateway();
            if (gateway != null) {
                Integer length = gateway.subnetPrefixLength();
                if (length != null && (length < LARGEST_AZURE_SUBNET
                        || length > SMALLEST_AZURE_SUBNET)) {
                    errors.add(new FieldError("azure.gateway.subnetPrefixLength", "an Azure IPv4 subnet is /"
                            + LARGEST_AZURE_SUBNET + " to /" + SMALLEST_AZURE_SUBNET
                            + ", got " + length));
                }
                positive(gateway.circuitsPerVnet(), "azure.gateway.circuitsPerVnet", errors);
                positive(gateway.scaleUnits(), "azure.gateway.scaleUnits", errors);
            }
        }
        if (p.existingCircuit() != null) {
            positive(p.existingCircuit().bandwidthMbps(), "existingCircuit.bandwidthMbps", errors);
        }
        var resilience = p.resilience();
        if (resilience != null && resilience.peeringLocationNames() != null) {
            List<String> names = resilience.peeringLocationNames();
            notBlank(names, "resilience.peeringLocationNames", errors);
            if (names.stream().noneMatch(String::isBlank)) {
                int distinct = PeeringLocationNames.distinct(names).size();
                if (resilience.peeringLocations() != null && resilience.peeringLocations() != distinct) {
                    errors.add(new FieldError("resilience.peeringLocations", "is " + resilience.peeringLocations()
                            + " but resilience.peeringLocationNames names " + distinct + " distinct locations"));
                }
                String location = p.connectivity() == null ? null : p.connectivity().peeringLocation();
                if (location != null && !location.isBlank() && !PeeringLocationNames.contains(names, location)) {
                    errors.add(new FieldError("resilience.peeringLocationNames", "does not name the peering location "
                            + "of connectivity.peeringLocation, \"" + location + "\""));
                }
            }
        }
    }

    private static void prefixes(List<String> values, String path, List<FieldError> errors) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            PrefixSyntax.Reading reading = PrefixSyntax.read(value.strip());
            if (reading instanceof PrefixSyntax.Problem problem) {
                errors.add(new FieldError(path + "[" + i + "]", "expected an IPv4 or IPv6 prefix such as "
                        + "192.168.100.0/30, got " + quoted(value) + " (" + problem.reason() + ")"));
            } else if (reading instanceof PrefixSyntax.Block block && !block.isPrefixBlock()) {
                errors.add(new FieldError(path + "[" + i + "]", quoted(value) + " has host bits set; did you mean "
                        + block.prefixBlockText() + "?"));
            }
        }
    }

    /** A text as the user wrote it, shortened when long. */
    private static String quoted(String value) {
        return "\"" + (value.length() > 60 ? value.substring(0, 57) + "..." : value) + "\"";
    }

    private static void notBlank(List<String> values, String path, List<FieldError> errors) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).isBlank()) {
                errors.add(new FieldError(path + "[" + i + "]", "must not be empty"));
            }
        }
    }

    private static void positive(Integer value, String path, List<FieldError> errors) {
        if (value != null && value <= 0) {
            errors.add(new FieldError(path, "must be greater than 0, got " + value));
        }
    }

    private static void notNegative(Integer value, String path, List<FieldError> errors) {
        if (value != null && value < 0) {
            errors.add(new FieldError(path, "must not be negative, got " + value));
        }
    }
}
