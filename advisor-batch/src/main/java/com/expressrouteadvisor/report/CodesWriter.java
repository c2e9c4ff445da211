package com.expressrouteadvisor.report;

import com.expressrouteadvisor.advice.AdviceTexts;
import com.expressrouteadvisor.advice.ConnectivityModel;
import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.GapFinding;
import com.expressrouteadvisor.advice.Layer;
import com.expressrouteadvisor.advice.OpenQuestion;
import com.expressrouteadvisor.advice.Phrase;
import com.expressrouteadvisor.advice.RankedRecommendation;
import com.expressrouteadvisor.engine.RuleSet;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code --format codes}: for machine consumers, a compact NDJSON of codes without words. The first line is the
 * catalog ({@code "type":"catalog"}): the rule set, the language and every text and message pattern in it; each
 * further line is one result ({@code "type":"result"}) with codes, scores and the gap arguments, from which a
 * reader renders the same words the JSON format shows (docs/contract.md, "The codes format"). The results are
 * evaluated without texts ({@link OutputFormat#showsTexts()}), which is what makes this format cheaper.
 */
final class CodesWriter extends LineWriter {

    /** Raised when a line changes in a way an existing reader would misread. */
    static final int FORMAT_VERSION = 1;

    private final JsonFactory factory = Json.mapper().getFactory();

    /** Writes the catalog at once, so that even a run without results says which rules and texts it used. */
    CodesWriter(OutputStream out, RuleSet ruleSet, Locale language) throws IOException {
        super(out);
        write(Json.mapper().writeValueAsBytes(catalog(ruleSet, language)));
    }

    static ObjectNode catalog(RuleSet ruleSet, Locale language) {
        AdviceTexts texts = ruleSet.texts();
        ObjectNode catalog = Json.mapper().createObjectNode();
        catalog.put("type", "catalog");
        catalog.put("format", "codes");
        catalog.put("formatVersion", FORMAT_VERSION);
        catalog.set("ruleSet", Json.mapper().valueToTree(ruleSet.info()));
        catalog.put("language", language.getLanguage());
        List<String> keys = new ArrayList<>();

        ObjectNode gaps = catalog.putObject("gaps");
        for (Map.Entry<String, String> text : texts.patterns("gap.", language).entrySet()) {
            String key = text.getKey();
            int dot = key.lastIndexOf('.');
            String part = key.substring(dot + 1);
            if (dot > "gap.".length() && (part.equals("message") || part.equals("remediation"))) {
                ObjectNode gap = gaps.has(key.substring(4, dot)) ? (ObjectNode) gaps.get(key.substring(4, dot))
                        : gaps.putObject(key.substring(4, dot));
                gap.put(part, text.getValue());
                keys.add(key);
            }
        }
        ObjectNode phrases = catalog.putObject("phrases");
        texts.patterns("phrase.", language).forEach((key, pattern) -> {
            phrases.put(key.substring("phrase.".length()), pattern);
            keys.add(key);
        });
        ObjectNode reasons = catalog.putObject("reasons");
        texts.patterns("reason.", language).keySet().forEach(key -> {
            String reason = key.substring("reason.".length());
            reasons.put(reason, texts.reason(reason, language));
            keys.add(key);
        });
        ObjectNode questions = catalog.putObject("questions");
        texts.patterns("question.", language).keySet().forEach(key -> {
            String field = key.substring("question.".length());
            questions.put(field, texts.question(field, language));
            keys.add(key);
        });
        ObjectNode titles = catalog.putObject("titles");
        for (ConnectivityModel model : ConnectivityModel.values()) {
            ObjectNode byLayer = titles.putObject(model.name());
            for (Layer layer : Layer.values()) {
                byLayer.put(layer.name(), texts.recommendationTitle(model, layer, language));
                keys.add("model." + model.name());
                keys.add("layer." + layer.name());
            }
        }
        keys.add("recommendation.title");
        catalog.set("textFallbacks", Json.mapper().valueToTree(texts.fallbacks(keys, language)));
        return catalog;
    }

    @Override
    public byte[] encode(Evaluation evaluation) throws IOException {
        ByteArrayBuilder bytes = new ByteArrayBuilder(512);
        try (JsonGenerator g = factory.createGenerator(bytes)) {
            g.writeStartObject();
            g.writeStringField("type", "result");
            g.writeStringField("customerId", evaluation.customerId());
            g.writeStringField("readiness", evaluation.readiness().name());
            g.writeArrayFieldStart("recommendations");
            for (RankedRecommendation r : evaluation.recommendations()) {
                g.writeStartObject();
                g.writeStringField("model", r.model().name());
                g.writeStringField("layer", r.layer().name());
                g.writeNumberField("score", r.score());
                g.writeArrayFieldStart("reasons");
                for (String key : r.reasonKeys()) {
                    g.writeString(key);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("gaps");
            for (GapFinding gap : evaluation.gaps()) {
                g.writeStartObject();
                g.writeStringField("code", gap.code());
                g.writeStringField("severity", gap.severity().name());
                g.writeArrayFieldStart("arguments");
                for (Object argument : gap.arguments()) {
                    writeArgument(g, argument);
                }
                g.writeEndArray();
                g.writeStringField("rule", gap.rule());
                if (gap.reference() != null) {
                    g.writeStringField("reference", gap.reference());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("questions");
            for (OpenQuestion question : evaluation.questions()) {
                g.writeStartObject();
                g.writeStringField("field", question.field());
                if (question.decides() != null) {
                    g.writeStringField("decides", question.decides().name());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            if (evaluation.resiliency() != null) {
                g.writeObjectFieldStart("resiliency");
                g.writeStringField("tier", evaluation.resiliency().tier().name());
                g.writeNumberField("score", evaluation.resiliency().score());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        return bytes.toByteArray();
    }

    /**
     * A message argument as the reader needs it to render the words: numbers stay numbers (a whole number in a
     * plain placeholder is written without grouping, others by the placeholder's format), a phrase is
     * {@code {"phrase": KEY, "arguments": [...]}}, anything else is the text it shows.
     */
    private static void writeArgument(JsonGenerator g, Object argument) throws IOException {
        if (argument == null) {
            g.writeNull();
        } else if (argument instanceof Phrase phrase) {
            g.writeStartObject();
            g.writeStringField("phrase", phrase.key());
            g.writeArrayFieldStart("arguments");
            for (Object inner : phrase.arguments()) {
                writeArgument(g, inner);
            }
            g.writeEndArray();
            g.writeEndObject();
        } else if (argument instanceof Integer || argument instanceof Long || argument instanceof Short
                || argument instanceof Byte) {
            g.writeNumber(((Number) argument).longValue());
        } else if (argument instanceof BigInteger big) {
            g.writeNumber(big);
        } else if (argument instanceof BigDecimal decimal) {
            g.writeNumber(decimal);
        } else if (argument instanceof Double || argument instanceof Float) {
            g.writeNumber(((Number) argument).doubleValue());
        } else {
            g.writeString(argument.toString());
        }
    }
}
