package com.expressrouteadvisor.profile;

import java.util.List;

/**
 * The outcome of parsing one record: a profile, or every field error found in it.
 *
 * @param id the record's {@code id} when it could be read, so that errors can name the customer
 */
public record ParsedProfile(String id, CustomerProfile profile, List<FieldError> errors) {

    public static ParsedProfile valid(CustomerProfile profile) {
        return new ParsedProfile(profile.id(), profile, List.of());
    }

    public static ParsedProfile invalid(String id, List<FieldError> errors) {
        return new ParsedProfile(id, null, List.copyOf(errors));
    }

    public boolean isValid() {
        return profile != null;
    }
}
