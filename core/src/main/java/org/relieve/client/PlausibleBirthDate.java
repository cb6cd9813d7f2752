package org.relieve.client;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date of birth a living client can have: after 1 January 1900, as the {@code client} table's
 * own check demands. Said here too, so a typo gets a message next to the field, not a refusal by
 * the database.
 */
@Documented
@Constraint(validatedBy = PlausibleBirthDate.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleBirthDate {

    LocalDate EARLIEST_EXCLUSIVE = LocalDate.of(1900, 1, 1);

    String message() default "Enter a date of birth after 1 January 1900.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlausibleBirthDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || date.isAfter(EARLIEST_EXCLUSIVE);
        }
    }
}
