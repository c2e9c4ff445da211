package com.expressrouteadvisor.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds the JSON text of one record straight to a Java record while streaming its tokens, accepting only text
 * whose every value has exactly its component's type; anything else is "not mine" (null), for a caller that
 * then reads the text the slow way and names its errors. It accepts: one JSON object and only whitespace after
 * it; each key a component's name (or its {@link JsonProperty} name) given at most once per object; Boolean
 * from {@code true}/{@code false}; Integer and Long from an integral number that fits; String from a string;
 * an enum from a string {@link EnumNames#match} knows (what the enums' {@code @JsonCreator} reads); a record
 * from an object; a List from an array without nulls; {@code null} for any component as null. Each record
 * type's layout (names, kinds, canonical constructor) is worked out once, when the binder is made. Thread-safe.
 */
final class RecordBinder<R extends Record> {

    /** A value the binder does not take; never a component's value. */
    private static final Object NOT_MINE = new Object();
    private static final JsonFactory FACTORY = new JsonFactory();

    private final Class<R> type;
    private final Layout root;

    private RecordBinder(Class<R> type) {
        this.type = type;
        this.root = new Layout(type, new HashMap<>());
    }

    static <R extends Record> RecordBinder<R> of(Class<R> type) {
        return new RecordBinder<>(type);
    }

    /** The record the text is, or null when the binder does not take it. */
    R bind(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return bind(parser);
        } catch (IOException e) {
            return null; // malformed text: the caller's slow reading says where
        }
    }

    /** As {@link #bind(String)}, for UTF-8 bytes. */
    R bind(byte[] utf8, int offset, int length) {
        try (JsonParser parser = FACTORY.createParser(utf8, offset, length)) {
            return bind(parser);
        } catch (IOException e) {
            return null;
        }
    }

    private R bind(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Object record = root.read(parser);
        if (record == NOT_MINE || parser.nextToken() != null) {
            return null;
        }
        return type.cast(record);
    }

    /** What one component or list element holds. */
    private enum Kind { BOOLEAN, INTEGER, LONG, STRING, ENUM, RECORD, LIST }

    /** How a value of one Java type is read: its kind and, for enums, records and lists, what it is made of. */
    private record ValueType(Kind kind, Class<?> enumType, Layout layout, ValueType element) {

        static ValueType of(Type type, Map<Class<?>, Layout> layouts) {
            if (type == Boolean.class) {
                return new ValueType(Kind.BOOLEAN, null, null, null);
            } else if (type == Integer.class) {
                return new ValueType(Kind.INTEGER, null, null, null);
            } else if (type == Long.class) {
                return new ValueType(Kind.LONG, null, null, null);
            } else if (type == String.class) {
                return new ValueType(Kind.STRING, null, null, null);
            } else if (type instanceof Class<?> c && c.isEnum()) {
                return new ValueType(Kind.ENUM, c, null, null);
            } else if (type instanceof Class<?> c && c.isRecord()) {
                Layout layout = layouts.get(c);
                return new ValueType(Kind.RECORD, null, layout != null ? layout : new Layout(c, layouts), null);
            } else if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
                return new ValueType(Kind.LIST, null, null, of(list.getActualTypeArguments()[0], layouts));
            }
            throw new IllegalArgumentException("record component type not handled: " + type);
        }

        /** The value at the parser's current token, null for JSON null, or {@link #NOT_MINE}. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object read(JsonParser parser, JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            return switch (kind) {
                case BOOLEAN -> token == JsonToken.VALUE_TRUE ? Boolean.TRUE
                        : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : NOT_MINE;
                case INTEGER -> token == JsonToken.VALUE_NUMBER_INT
                        && parser.getNumberType() == JsonParser.NumberType.INT
                        ? Integer.valueOf(parser.getIntValue()) : NOT_MINE;
                case LONG -> token == JsonToken.VALUE_NUMBER_INT
                        && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                        ? Long.valueOf(parser.getLongValue()) : NOT_MINE;
                case STRING -> token == JsonToken.VALUE_STRING ? parser.getText() : NOT_MINE;
                case ENUM -> {
                    Object constant = token == JsonToken.VALUE_STRING
                            ? EnumNames.match((Class) enumType, parser.getText()) : null;
                    yield constant != null ? constant : NOT_MINE;
                }
                case RECORD -> token == JsonToken.START_OBJECT ? layout.read(parser) : NOT_MINE;
                case LIST -> token == JsonToken.START_ARRAY ? readList(parser) : NOT_MINE;
            };
        }

        private Object readList(JsonParser parser) throws IOException {
            List<Object> values = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                Object value = element.read(parser, token);
                if (value == null || value == NOT_MINE) {
                    return NOT_MINE; // a null element is an error the slow reading names
                }
                values.add(value);
            }
            return values;
        }
    }

    private record Slot(int index, ValueType type) {
    }

    /** One record type: its JSON names to slots, and its canonical constructor taking the slots in order. */
    private static final class Layout {
        private final Map<String, Slot> slots = new HashMap<>();
        private final int size;
        private final MethodHandle constructor; // (Object[]) -> Object

        Layout(Class<?> type, Map<Class<?>, Layout> layouts) {
            layouts.put(type, this);
            RecordComponent[] components = type.getRecordComponents();
            if (components.length > Long.SIZE) {
                throw new IllegalArgumentException(type + " has more components than a seen-mask holds");
            }
            size = components.length;
            Class<?>[] parameters = new Class<?>[size];
            for (int i = 0; i < size; i++) {
                RecordComponent component = components[i];
                slots.put(FieldNames.json(component), new Slot(i, ValueType.of(component.getGenericType(), layouts)));
                parameters[i] = component.getType();
            }
            try {
                MethodHandle canonical = MethodHandles.lookup()
                        .findConstructor(type, MethodType.methodType(void.class, parameters));
                constructor = canonical.asSpreader(Object[].class, size)
                        .asType(MethodType.methodType(Object.class, Object[].class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("no public canonical constructor: " + type, e);
            }
        }

        /** The record whose object starts at the current token, or {@link #NOT_MINE}. */
        Object read(JsonParser parser) throws IOException {
            Object[] values = new Object[size];
            long seen = 0;
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                Slot slot = slots.get(name);
                if (slot == null || (seen & (1L << slot.index())) != 0) {
                    return NOT_MINE; // an unknown key, or a key given twice
                }
                seen |= 1L << slot.index();
                Object value = slot.type().read(parser, parser.nextToken());
                if (value == NOT_MINE) {
                    return NOT_MINE;
                }
                values[slot.index()] = value;
            }
            try {
                return (Object) constructor.invokeExact(values);
            } catch (RuntimeException e) {
                return NOT_MINE; // a constructor that refuses its values: the slow reading says why
            } catch (Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
