package org.relieve.reporting;

import java.time.LocalDate;

import org.relieve.clinical.ClientProfile;
import org.relieve.clinical.PainCause;

/**
 * What an outcome report covers. Dates are days in the clinic's zone, both inclusive; null means
 * unbounded. The other filters are optional too.
 */
public record OutcomeFilter(LocalDate from, LocalDate to, Long therapistId, PainCause cause, ClientProfile profile) {

    public static OutcomeFilter everything() {
        return new OutcomeFilter(null, null, null, null, null);
    }
}
