package com.expressrouteadvisor.report;

import com.expressrouteadvisor.advice.Evaluation;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.IOException;
import java.io.OutputStream;

/** {@code --format json}: one JSON array of results, streamed, pretty-printed for people reading it. */
final class JsonArrayWriter implements ResultWriter {

    private final JsonGenerator generator;

    JsonArrayWriter(OutputStream out) throws IOException {
        this.generator = Json.mapper().getFactory().createGenerator(out);
        generator.setPrettyPrinter(new DefaultPrettyPrinter());
        generator.writeStartArray();
    }

    @Override
    public void write(Evaluation evaluation) throws IOException {
        Json.mapper().writeValue(generator, evaluation);
    }

    @Override
    public void close() throws IOException {
        generator.writeEndArray();
        generator.writeRaw(System.lineSeparator());
        generator.close();
    }
}
