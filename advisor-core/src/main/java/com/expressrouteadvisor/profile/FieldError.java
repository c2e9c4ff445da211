package com.expressrouteadvisor.profile;

/**
 * Why one field of a profile was refused.
 *
 * @param field dotted path of the field, e.g. {@code routing.asn} or {@code azure.regions[1]}
 */
public record FieldError(String field, String reason) {

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
