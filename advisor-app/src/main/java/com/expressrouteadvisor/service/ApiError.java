package com.expressrouteadvisor.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The JSON body of every error response: {@code {"error": CODE, "message": …, "details": […]}}.
 * {@code details} holds one object per problem (a field error, a rule problem) and is empty otherwise.
 */
@JsonPropertyOrder({"error", "message", "details", "requestId"})
public record ApiError(ErrorCode error, String message, List<?> details,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String requestId) {

    public ApiError {
        details = details == null ? List.of() : List.copyOf(details);
    }

    public static ApiError of(ErrorCode error, String message) {
        return new ApiError(error, message, List.of(), null);
    }

    public static ApiError of(ErrorCode error, String message, List<?> details) {
        return new ApiError(error, message, details, null);
    }

    ApiError withRequestId(String id) {
        return new ApiError(error, message, details, id);
    }

    int status() {
        return error.status();
    }
}
