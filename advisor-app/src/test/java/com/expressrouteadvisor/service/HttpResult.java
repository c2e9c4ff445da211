package com.expressrouteadvisor.service;

import com.expressrouteadvisor.report.Json;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;

/** One answer from the service, with the body read as JSON when it is JSON. */
record HttpResult(int status, HttpHeaders headers, String body) {

    JsonNode json() {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
        }
    }

    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }
}
