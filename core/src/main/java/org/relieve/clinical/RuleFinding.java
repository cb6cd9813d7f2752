package org.relieve.clinical;

import java.util.Objects;

/**
 * What a clinical rule found about one field of a plan step or session entry. A refusal blocks
 * saving; a warning is shown and kept with the record, and the therapist decides.
 *
 * @param field   the field the finding belongs to, e.g. {@code steps[2].holdSeconds}, so a form can
 *                show it next to that field
 * @param message the text a therapist reads
 */
public record RuleFinding(String field, String message, boolean blocking) {

    public RuleFinding {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    public static RuleFinding refusal(String field, String message) {
        return new RuleFinding(field, message, true);
    }

    public static RuleFinding warning(String field, String message) {
        return new RuleFinding(field, message, false);
    }
}
