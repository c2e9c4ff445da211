package com.expressrouteadvisor.service;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The consultant's workbench: one page at {@code /} and its few static files under {@code /workbench/}, read
 * from the jar once at start. The page builds its questionnaire from {@code /openapi.json} and evaluates through
 * the public API, so it needs nothing the API does not offer. Only the files listed here are served: no path
 * from a request ever reaches the class path.
 */
final class WorkbenchPage {

    static final String PATH = "/";
    private static final String FOLDER = "workbench/";
    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "workbench.js", "text/javascript; charset=utf-8",
            "workbench.css", "text/css; charset=utf-8",
            "i18n/en.json", "application/json",
            "i18n/nl.json", "application/json");

    private final Map<String, byte[]> content = new LinkedHashMap<>();

    WorkbenchPage() {
        FILES.keySet().forEach(name -> content.put(name, read(FOLDER + name)));
    }

    void routes(RoutesConfig routes) {
        routes.get(PATH, ctx -> serve(ctx, "index.html"));
        FILES.keySet().forEach(name -> routes.get("/" + FOLDER + name, ctx -> serve(ctx, name)));
    }

    private void serve(Context ctx, String name) {
        // The page and its script change with the jar only; a reload after an upgrade must not mix versions.
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(FILES.get(name)).result(content.get(name));
    }

    private static byte[] read(String resource) {
        try (InputStream in = WorkbenchPage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("this build has no " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
