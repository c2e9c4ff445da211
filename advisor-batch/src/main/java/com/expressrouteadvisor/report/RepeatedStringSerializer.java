package com.expressrouteadvisor.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a text that the same thread wrote shortly before from its encoded bytes instead of escaping and encoding
 * it again. Results share most of their texts as the same objects (rule names, codes, titles, and advice texts from
 * the text memo), and a batch writes them hundreds of thousands of times; encoding them char by char was the largest
 * part of writing a result. Texts are matched by identity in a small table per thread, so a text met once costs a
 * slot and no more, and equal texts that are different objects are simply encoded as before. The bytes kept are
 * what the generator writes for the text (the same escapes), so the output does not change by a byte.
 */
final class RepeatedStringSerializer extends StdSerializer<String> {

    private static final int SLOTS = 4096; // a power of two; a result has ≈ 20–60 texts, a portfolio a few thousand
    private static final ThreadLocal<Object[]> RECENT = ThreadLocal.withInitial(() -> new Object[2 * SLOTS]);

    private final JsonFactory factory;

    RepeatedStringSerializer(JsonFactory factory) {
        super(String.class);
        this.factory = factory;
    }

    @Override
    public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (!(gen instanceof UTF8JsonGenerator) || gen.getFeatureMask() != factory.getGeneratorFeatures()) {
            gen.writeString(value); // not the generator the kept bytes come from
            return;
        }
        Object[] recent = RECENT.get(); // pairs: a text, then its encoding once it has been met twice
        int slot = (System.identityHashCode(value) & (SLOTS - 1)) << 1;
        if (recent[slot] != value) {
            recent[slot] = value;
            recent[slot + 1] = null;
            gen.writeString(value);
            return;
        }
        Object encoded = recent[slot + 1];
        if (encoded == null) {
            SerializedString json = encode(value);
            encoded = json != null ? json : value;
            recent[slot + 1] = encoded;
        }
        if (encoded instanceof SerializedString json) {
            gen.writeRawValue(json);
        } else {
            gen.writeString(value);
        }
    }

    /**
     * The text as the generator writes it, quotes and escapes included, or null when that is not known here: the
     * generator escapes a surrogate pair as two {@code \\u} escapes, Jackson's string encoder writes it as UTF-8.
     */
    private static SerializedString encode(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isSurrogate(value.charAt(i))) {
                return null;
            }
        }
        byte[] quoted = JsonStringEncoder.getInstance().quoteAsUTF8(value);
        byte[] json = new byte[quoted.length + 2];
        json[0] = '"';
        System.arraycopy(quoted, 0, json, 1, quoted.length);
        json[json.length - 1] = '"';
        return new SerializedString(new String(json, StandardCharsets.UTF_8));
    }
}
