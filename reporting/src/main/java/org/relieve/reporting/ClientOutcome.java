package org.relieve.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * One client's pain over time: the intake baseline, each signed session's before/after scores
 * (amended values where amended), and whether the improvement is clinically important.
 */
public record ClientOutcome(long clientId, Integer baseline, List<SessionScores> sessions, Integer latest,
                            boolean mcidReached) {

    public record SessionScores(long sessionRecordId, LocalDate date, int painBefore, int painAfter) {
    }
}
