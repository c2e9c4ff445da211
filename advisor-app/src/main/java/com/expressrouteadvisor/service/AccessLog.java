package com.expressrouteadvisor.service;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After every request, whatever its outcome: one structured access-log event (logger
 * {@value #LOGGER}, key-value pairs that the JSON encoder turns into fields) and the request meters.
 */
final class AccessLog implements RequestLogger {

    static final String LOGGER = "com.expressrouteadvisor.service.access";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final ServiceMetrics metrics;

    AccessLog(ServiceMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void handle(Context ctx, Float executionTimeMs) {
        int status = ctx.statusCode();
        String method = ctx.method().name();
        metrics.request(method, ctx.path(), status, (long) (executionTimeMs * 1_000_000L));
        if (LOG.isInfoEnabled()) {
            String requestId = ctx.attribute(Responses.REQUEST_ID);
            LOG.atInfo()
                    .addKeyValue("method", method)
                    .addKeyValue("path", ctx.path())
                    .addKeyValue("status", status)
                    .addKeyValue("durationMs", Math.round(executionTimeMs * 1000) / 1000.0)
                    .addKeyValue("requestBytes", Math.max(ctx.req().getContentLengthLong(), 0))
                    .addKeyValue("remote", ctx.ip())
                    .addKeyValue("requestId", requestId)
                    .addKeyValue("ruleSetVersion", ctx.res().getHeader(Responses.RULE_SET_VERSION))
                    .addKeyValue("userAgent", ctx.userAgent())
                    .log("{} {} {}", method, ctx.path(), status);
        }
    }
}
