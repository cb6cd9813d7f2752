package org.relieve.api;

import java.util.List;

import tools.jackson.databind.DatabindException;

/** Names the JSON field a parse error is about, as {@code steps[2].technique}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String describe(List<DatabindException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (DatabindException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
