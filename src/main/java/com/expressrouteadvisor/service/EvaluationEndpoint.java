package com.expressrouteadvisor.service;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationException;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.profile.FieldError;
import com.expressrouteadvisor.profile.ParsedProfile;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.report.Json;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /v1/evaluations}: one profile in, one result out; an array in, an array out, in order. The
 * body is checked whole before anything is evaluated, and every field error of every profile is listed,
 * so a caller can fix a request in one go. Query parameters: {@code explain=true} adds the rules that
 * fired; {@code lang=en|nl} picks the language of the texts.
 */
final class EvaluationEndpoint implements Handler {

    static final String PATH = "/v1/evaluations";
    private static final Set<String> LANGUAGES = Set.of("en", "nl");

    private final ActiveAdvisor active;
    private final ProfileParser parser;
    private final ServiceMetrics metrics;
    private final RecentProfiles recent;
    private final long maxBodyBytes;

    EvaluationEndpoint(ActiveAdvisor active, ProfileParser parser, ServiceMetrics metrics, RecentProfiles recent,
                       long maxBodyBytes) {
        this.active = active;
        this.parser = parser;
        this.metrics = metrics;
        this.recent = recent;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        requireJson(ctx.header("Content-Type"));
        JsonNode body = parse(read(ctx));
        EvaluationOptions options = options(ctx);
        boolean many = body.isArray();
        List<CustomerProfile> profiles = profiles(body);

        List<Evaluation> results = new ArrayList<>(profiles.size());
        try (ActiveAdvisor.Lease lease = active.acquire().orElseThrow(EvaluationEndpoint::notReady)) {
            Advisor advisor = lease.advisor();
            for (CustomerProfile profile : profiles) {
                long started = System.nanoTime();
                Evaluation result = advisor.evaluate(profile, options);
                metrics.evaluation(result, System.nanoTime() - started);
                recent.remember(profile);
                results.add(result);
            }
            ctx.header(Responses.RULE_SET_VERSION, lease.ruleSet().version());
        } catch (EvaluationException e) {
            Map<String, String> detail = new LinkedHashMap<>();
            detail.put("customerId", e.customerId());
            detail.put("rule", e.rule());
            throw new ApiException(ApiError.of(ErrorCode.EVALUATION_FAILED, e.getMessage(), List.of(detail)));
        }
        Responses.json(ctx, 200, many ? results : results.get(0));
    }

    static void requireJson(String contentType) {
        String why = null;
        if (contentType == null || contentType.isBlank()) {
            why = "no Content-Type: send the profile as application/json";
        } else {
            String[] parts = contentType.split(";");
            String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
            if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
                why = "Content-Type " + mediaType + " is not accepted: send the profile as application/json";
            }
            for (int i = 1; i < parts.length && why == null; i++) {
                String[] parameter = parts[i].split("=", 2);
                if (parameter[0].strip().equalsIgnoreCase("charset") && parameter.length == 2
                        && !parameter[1].strip().replace("\"", "").equalsIgnoreCase("utf-8")) {
                    why = "charset " + parameter[1].strip() + " is not accepted: send JSON in UTF-8";
                }
            }
        }
        if (why != null) {
            throw new ApiException(ApiError.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, why));
        }
    }

    /** The body, refused unread when it announces more than the limit, and cut off when it sends more. */
    private byte[] read(Context ctx) throws IOException {
        long announced = ctx.req().getContentLengthLong();
        if (announced > maxBodyBytes) {
            throw tooLarge(announced + " bytes");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (body.length > maxBodyBytes) {
                throw tooLarge("more than " + maxBodyBytes + " bytes");
            }
            return body;
        }
    }

    private ApiException tooLarge(String size) {
        metrics.rejects(ErrorCode.BODY_TOO_LARGE, 1);
        return new ApiException(ApiError.of(ErrorCode.BODY_TOO_LARGE, "the body has " + size + "; the limit is "
                + maxBodyBytes + " bytes: send fewer profiles per request"));
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode node = Json.mapper().readTree(body);
            if (node == null || node.isMissingNode()) {
                throw malformed("the body is empty: send one profile (a JSON object) or an array of them", null);
            }
            if (!node.isObject() && !node.isArray()) {
                throw malformed("expected one profile (a JSON object) or an array of them, got "
                        + node.getNodeType().name().toLowerCase(Locale.ROOT), null);
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Map<String, Object> detail = new LinkedHashMap<>();
            if (at != null) {
                detail.put("line", at.getLineNr());
                detail.put("column", at.getColumnNr());
            }
            detail.put("reason", e.getOriginalMessage());
            throw malformed("the body is not valid JSON", detail);
        } catch (IOException e) {
            throw malformed("the body could not be read as JSON: " + e.getMessage(), null);
        }
    }

    private ApiException malformed(String message, Map<String, Object> detail) {
        metrics.rejects(ErrorCode.MALFORMED_JSON, 1);
        return new ApiException(ApiError.of(ErrorCode.MALFORMED_JSON, message,
                detail == null ? List.of() : List.of(detail)));
    }

    private List<CustomerProfile> profiles(JsonNode body) {
        List<CustomerProfile> profiles = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        int invalid = 0;
        if (body.isArray()) {
            for (int i = 0; i < body.size(); i++) {
                ParsedProfile parsed = parser.parse(body.get(i));
                if (parsed.isValid()) {
                    profiles.add(parsed.profile());
                } else {
                    invalid++;
                    String prefix = "[" + i + "]";
                    for (FieldError error : parsed.errors()) {
                        String field = error.field().startsWith("(") ? prefix : prefix + "." + error.field();
                        errors.add(new FieldError(field, error.reason()));
                    }
                }
            }
        } else {
            ParsedProfile parsed = parser.parse(body);
            if (parsed.isValid()) {
                profiles.add(parsed.profile());
            } else {
                invalid++;
                errors.addAll(parsed.errors());
            }
        }
        if (!errors.isEmpty()) {
            metrics.rejects(ErrorCode.INVALID_PROFILE, invalid);
            String message = body.isArray()
                    ? invalid + " of " + body.size() + " profiles are invalid; nothing was evaluated"
                    : "the profile is invalid";
            throw new ApiException(ApiError.of(ErrorCode.INVALID_PROFILE,
                    message + " (" + errors.size() + " field error" + (errors.size() == 1 ? "" : "s") + ")",
                    errors));
        }
        return profiles;
    }

    private static EvaluationOptions options(Context ctx) {
        EvaluationOptions options = EvaluationOptions.DEFAULT;
        String explain = ctx.queryParam("explain");
        if (explain != null) {
            if (!explain.equals("true") && !explain.equals("false")) {
                throw invalidParameter("explain", "expected true or false, got \"" + explain + "\"");
            }
            options = options.withExplain(Boolean.parseBoolean(explain));
        }
        String lang = ctx.queryParam("lang");
        if (lang != null) {
            if (!LANGUAGES.contains(lang)) {
                throw invalidParameter("lang", "expected one of en, nl, got \"" + lang + "\"");
            }
            options = options.withLanguage(Locale.forLanguageTag(lang));
        }
        return options;
    }

    private static ApiException invalidParameter(String name, String reason) {
        return new ApiException(ApiError.of(ErrorCode.INVALID_PARAMETER, "query parameter " + name + ": " + reason,
                List.of(new FieldError(name, reason))));
    }

    private static ApiException notReady() {
        return new ApiException(ApiError.of(ErrorCode.NOT_READY, "no rule set is loaded yet; retry shortly"),
                Map.of("Retry-After", "1"));
    }
}
