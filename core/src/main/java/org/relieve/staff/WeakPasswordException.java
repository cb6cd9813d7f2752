package org.relieve.staff;

import org.relieve.common.BusinessRuleException;

/** A password the policy refuses; {@link #field()} names the form field it came from. */
public class WeakPasswordException extends BusinessRuleException {

    private final String field;

    WeakPasswordException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
