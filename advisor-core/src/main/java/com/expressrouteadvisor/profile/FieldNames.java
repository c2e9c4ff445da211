package com.expressrouteadvisor.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.lang.reflect.RecordComponent;

/** How a profile record's field is named in JSON, CSV columns and the rule vocabulary. */
public final class FieldNames {

    private FieldNames() {
    }

    /**
     * The component's JSON name: its {@link JsonProperty} name where it has one ({@code private} for
     * {@code privatePeering}), else its own. The annotation does not target record components; Java puts it on the
     * accessor (and on the field and the parameter).
     */
    public static String json(RecordComponent component) {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        return renamed != null ? renamed.value() : component.getName();
    }
}
