package org.relieve.common;

/**
 * A request that is well-formed but refused by one of the clinic's rules. The message is written
 * for the person at the screen and is shown to them as it is.
 */
public class BusinessRuleException extends RuntimeException {

    public BusinessRuleException(String message) {
        super(message);
    }
}
