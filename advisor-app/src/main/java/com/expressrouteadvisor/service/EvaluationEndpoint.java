package com.expressrouteadvisor.service;

import com.expressrouteadvisor.advice.Plan;
import com.expressrouteadvisor.advice.Readiness;
import com.expressrouteadvisor.planner.PlanLimits;
import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationException;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.engine.RuleSet;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.profile.FieldError;
import com.expressrouteadvisor.profile.ParsedProfile;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.report.Json;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /v1/evaluations}: one profile in, one result out; an array in, an array out, in order. The
 * body is checked whole before anything is evaluated, and every field error of every profile is listed,
 * so a caller can fix a request in one go. A body is one JSON value (no second value, no trailing text, no
 * key twice in an object) with at most {@code maxProfiles} profiles. In an array, a customer the rules
 * cannot finish gets an {@link ItemError} in its place and the others their results; a single profile that
 * fails is a 500. Query parameters: {@code explain=true} adds the rules that fired; {@code lang=LANG}
 * picks the language of the texts, one the rule set has messages in (its bundles: en, nl, ...).
 *
 * <p>The same endpoint at {@code POST /v1/plans} answers with each customer's plan instead (the cheapest set of
 * profile changes to READY); {@code maxChanges}, {@code maxEvaluations} (at most {@value #MOST_PLAN_EVALUATIONS}
 * here, so one request cannot hold the service for long) and {@code goal=ready|unblocked} bound the search.
 */
final class EvaluationEndpoint implements Handler {

    static final String PATH = "/v1/evaluations";
    static final String PLANS_PATH = "/v1/plans";
    static final int MOST_PLAN_EVALUATIONS = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(EvaluationEndpoint.class);

    private final ActiveAdvisor active;
    private final ProfileParser parser;
    private final ServiceMetrics metrics;
    private final RecentProfiles recent;
    private final EvaluationFailureLog failures = new EvaluationFailureLog();
    private static final ObjectReader STRICT_JSON = Json.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final long maxBodyBytes;
    private final int maxProfiles;
    private final boolean plans;

    EvaluationEndpoint(ActiveAdvisor active, ProfileParser parser, ServiceMetrics metrics, RecentProfiles recent,
                       long maxBodyBytes, int maxProfiles) {
        this(active, parser, metrics, recent, maxBodyBytes, maxProfiles, false);
    }

    /** @param plans answer with plans ({@code POST /v1/plans}) instead of evaluations */
    EvaluationEndpoint(ActiveAdvisor active, ProfileParser parser, ServiceMetrics metrics, RecentProfiles recent,
                       long maxBodyBytes, int maxProfiles, boolean plans) {
        this.plans = plans;
        this.active = active;
        this.parser = parser;
        this.metrics = metrics;
        this.recent = recent;
        this.maxBodyBytes = maxBodyBytes;
        this.maxProfiles = maxProfiles;
    }

    /** In an array answer, the place of a customer the rules could not finish. */
    @JsonPropertyOrder({"customerId", "error", "message", "rule"})
    record ItemError(String customerId, ErrorCode error, String message, String rule) {

        static ItemError of(EvaluationException e) {
            return new ItemError(e.customerId(), ErrorCode.EVALUATION_FAILED, e.getMessage(), e.rule());
        }
    }

    @Override
    public void handle(Context ctx) throws IOException {
        requireJson(ctx.header("Content-Type"));
        ByteBuffer bytes = read(ctx);
        // The common case, one valid profile, is bound straight from the bytes; anything else is read as a tree,
        // which names every error (malformed JSON, field errors) as before.
        Optional<CustomerProfile> valid = validProfile(bytes);
        JsonNode body = valid.isPresent() ? null : parse(bytes);
        EvaluationOptions options = options(ctx);
        PlanLimits limits = plans ? planLimits(ctx) : null;
        boolean many = body != null && body.isArray();
        if (many && body.size() > maxProfiles) {
            metrics.rejects(ErrorCode.TOO_MANY_PROFILES, 1);
            throw new ApiException(ApiError.of(ErrorCode.TOO_MANY_PROFILES, "the body has " + body.size()
                    + " profiles; one request may have at most " + maxProfiles + ": split the portfolio over "
                    + "several requests, or use advisor evaluate for a whole portfolio"));
        }
        List<CustomerProfile> profiles = valid.isPresent() ? List.of(valid.get()) : profiles(body);

        List<Object> results = new ArrayList<>(profiles.size());
        try (ActiveAdvisor.Lease lease = active.acquire().orElseThrow(EvaluationEndpoint::notReady)) {
            options = withLanguage(ctx, options, lease.ruleSet());
            Advisor advisor = lease.advisor();
            for (CustomerProfile profile : profiles) {
                results.add(evaluate(advisor, profile, options, limits, many));
            }
            ctx.header(Responses.RULE_SET_VERSION, lease.ruleSet().version());
        }
        Responses.json(ctx, 200, many ? results : results.get(0));
    }

    /** One result; a failure is an {@link ItemError} in an array, and ends a single-profile request with 500. */
    private Object evaluate(Advisor advisor, CustomerProfile profile, EvaluationOptions options, PlanLimits limits,
                            boolean many) {
        long started = System.nanoTime();
        try {
            if (limits != null) {
                Plan plan = advisor.plan(profile, options, limits);
                recent.remember(profile);
                return plan;
            }
            Evaluation result = advisor.evaluate(profile, options);
            metrics.evaluation(result, System.nanoTime() - started);
            recent.remember(profile);
            return result;
        } catch (EvaluationException e) {
            metrics.rejects(ErrorCode.EVALUATION_FAILED, 1);
            failures.failed(advisor.ruleSet().version(), e);
            if (many) {
                return ItemError.of(e);
            }
            Map<String, String> detail = new LinkedHashMap<>();
            detail.put("customerId", e.customerId());
            detail.put("rule", e.rule());
            throw new ApiException(ApiError.of(ErrorCode.EVALUATION_FAILED, e.getMessage(), List.of(detail)));
        }
    }

    static void requireJson(String contentType) {
        String why = null;
        if (contentType == null || contentType.isBlank()) {
            why = "no Content-Type: send the profile as application/json";
        } else {
            String[] parts = contentType.split(";", -1);
            String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
            if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
                why = "Content-Type " + mediaType + " is not accepted: send the profile as application/json";
            }
            for (int i = 1; i < parts.length && why == null; i++) {
                String[] parameter = parts[i].split("=", 2);
                if (parameter.length < 2 || parameter[0].isBlank() || parameter[1].isBlank()) {
                    // Never passed on: a parameter without a value breaks the charset lookup of the HTTP layer.
                    why = "Content-Type " + contentType.strip() + " has a parameter that is not name=value: send "
                            + "application/json or application/json; charset=utf-8";
                } else if (parameter[0].strip().equalsIgnoreCase("charset")
                        && !parameter[1].strip().replace("\"", "").equalsIgnoreCase("utf-8")) {
                    why = "charset " + parameter[1].strip() + " is not accepted: send JSON in UTF-8";
                }
            }
        }
        if (why != null) {
            throw new ApiException(ApiError.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, why));
        }
    }

    /**
     * The body: as {@link RequestBodyLoader} received it when it did (no copy), else read here, refused unread
     * when it announces more than the limit, and cut off when it sends more.
     */
    private ByteBuffer read(Context ctx) throws IOException {
        ByteBuffer loaded = ctx.attribute(RequestBodyLoader.BODY);
        if (loaded != null) {
            return loaded;
        }
        long announced = ctx.req().getContentLengthLong();
        if (announced > maxBodyBytes) {
            throw tooLarge(announced + " bytes");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (body.length > maxBodyBytes) {
                throw tooLarge("more than " + maxBodyBytes + " bytes");
            }
            return ByteBuffer.wrap(body);
        }
    }

    /** The profile when the body is exactly one valid profile; a parser failure leaves it to the tree path. */
    private Optional<CustomerProfile> validProfile(ByteBuffer body) {
        try {
            return parser.parseValid(body.array(), body.arrayOffset() + body.position(), body.remaining());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private ApiException tooLarge(String size) {
        metrics.rejects(ErrorCode.BODY_TOO_LARGE, 1);
        return new ApiException(ApiError.of(ErrorCode.BODY_TOO_LARGE, "the body has " + size + "; the limit is "
                + maxBodyBytes + " bytes: send fewer profiles per request"));
    }

    private JsonNode parse(ByteBuffer body) {
        try {
            JsonNode node = STRICT_JSON.readTree(body.array(), body.arrayOffset() + body.position(), body.remaining());
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
            String reason = e.getOriginalMessage();
            detail.put("reason", reason);
            if (reason != null && reason.startsWith("Trailing token")) {
                throw malformed("the body has more after its first JSON value: send one profile (a JSON object) "
                        + "or one array of them, and nothing after it", detail);
            }
            if (reason != null && reason.startsWith("Duplicate field")) {
                throw malformed("the body has a key twice in one object (" + duplicateKey(reason)
                        + "): which one was meant cannot be told", detail);
            }
            throw malformed("the body is not valid JSON", detail);
        } catch (IOException e) {
            throw malformed("the body could not be read as JSON: " + e.getMessage(), null);
        }
    }

    /** The key in Jackson's "Duplicate field 'id'". */
    private static String duplicateKey(String reason) {
        int open = reason.indexOf('\'');
        int close = reason.indexOf('\'', open + 1);
        return open >= 0 && close > open ? "\"" + reason.substring(open + 1, close) + "\"" : "a repeated key";
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
                ParsedProfile parsed = parse(body.get(i));
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
            ParsedProfile parsed = parse(body);
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

    /**
     * The parser's verdict; a parser that fails on some input is still the client's input refused (400), never
     * a 500, and the failure is logged for the parser to be fixed.
     */
    private ParsedProfile parse(JsonNode profile) {
        try {
            return parser.parse(profile);
        } catch (RuntimeException e) {
            LOG.warn("The profile parser failed on a profile; refused as invalid", e);
            String id = profile.path("id").isTextual() ? profile.get("id").asText() : null;
            return ParsedProfile.invalid(id, List.of(new FieldError("(profile)",
                    "could not be read: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()))));
        }
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
        return options;
    }

    /** {@code lang}: one of the languages the loaded rule set has messages in (its message bundles). */
    private static EvaluationOptions withLanguage(Context ctx, EvaluationOptions options, RuleSet ruleSet) {
        String lang = ctx.queryParam("lang");
        if (lang == null) {
            return options;
        }
        if (!ruleSet.texts().languages().contains(lang)) {
            throw invalidParameter("lang", "expected one of " + String.join(", ", ruleSet.texts().languages())
                    + " (the languages of the rule set's messages), got \"" + lang + "\"");
        }
        return options.withLanguage(Locale.forLanguageTag(lang));
    }

    private static PlanLimits planLimits(Context ctx) {
        PlanLimits limits = PlanLimits.DEFAULT;
        String changes = ctx.queryParam("maxChanges");
        if (changes != null) {
            limits = limits.withMaxChanges(number(changes, "maxChanges", PlanLimits.MOST_CHANGES));
        }
        String evaluations = ctx.queryParam("maxEvaluations");
        if (evaluations != null) {
            limits = limits.withMaxEvaluations(number(evaluations, "maxEvaluations", MOST_PLAN_EVALUATIONS));
        }
        String goal = ctx.queryParam("goal");
        if (goal != null) {
            if (!goal.equals("ready") && !goal.equals("unblocked")) {
                throw invalidParameter("goal", "expected ready or unblocked, got \"" + goal + "\"");
            }
            limits = limits.withGoal(goal.equals("ready") ? Readiness.READY : Readiness.READY_WITH_WARNINGS);
        }
        return limits;
    }

    private static int number(String text, String name, int most) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= most) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw invalidParameter(name, "expected a whole number from 1 to " + most + ", got \"" + text + "\"");
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
