package org.relieve.audit;

/**
 * The result of checking the audit trail's hash chain.
 *
 * @param brokenAtId the first event whose link or content does not match, or null when intact
 * @param problem    what is wrong there, in words
 */
public record AuditVerification(long eventsChecked, Long brokenAtId, String problem) {

    public boolean intact() {
        return brokenAtId == null;
    }

    public String summary() {
        return intact() ? "Audit trail intact: " + eventsChecked + " events, every link verified."
                : "Audit trail BROKEN at event " + brokenAtId + ": " + problem + " (" + eventsChecked + " events checked).";
    }
}
