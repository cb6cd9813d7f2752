package org.relieve.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

/**
 * Shows a service's validation messages next to the fields they belong to. The rules stay in one
 * place (the service's Bean Validation), the form only knows which field shows which property.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors bind(String property, HasValidation field) {
        fields.put(property, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /**
     * Marks the fields named by the violations.
     *
     * @return messages that belong to no field on the form (to show elsewhere), empty if none
     */
    public String show(ConstraintViolationException violations) {
        clear();
        StringBuilder unplaced = new StringBuilder();
        for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
            HasValidation field = fields.get(leafName(violation.getPropertyPath()));
            if (field != null) {
                field.setErrorMessage(violation.getMessage());
                field.setInvalid(true);
            } else {
                unplaced.append(violation.getMessage()).append(' ');
            }
        }
        return unplaced.toString().strip();
    }

    public void show(String property, String message) {
        HasValidation field = fields.get(property);
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    private static String leafName(Path path) {
        String leaf = null;
        for (Path.Node node : path) {
            leaf = node.getName();
        }
        return leaf;
    }
}
