package com.expressrouteadvisor.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

/** The one JSON configuration of the product's outputs, so every writer and the service agree. */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .addModule(new BlackbirdModule()) // property access through lambdas, not reflection: cheaper per result
            .build();

    /**
     * The same configuration for writing results in bulk: texts a thread wrote a moment ago are copied as encoded
     * bytes ({@link RepeatedStringSerializer}). The output is the same bytes; only the batch writers use it, since
     * its table costs each writing thread memory.
     */
    private static final ObjectMapper BULK = MAPPER.copy()
            .registerModule(new SimpleModule("repeated-texts")
                    .addSerializer(String.class, new RepeatedStringSerializer(MAPPER.getFactory())));

    private Json() {
    }

    /** The writer of results for a batch's line formats. */
    static ObjectWriter bulkWriter(Class<?> type) {
        return BULK.writerFor(type);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
