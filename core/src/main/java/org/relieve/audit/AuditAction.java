package org.relieve.audit;

/** What somebody did. Kept coarse on purpose: the target and detail say the rest. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    /** A username or address locked after repeated failures, or a sign-in refused while locked. */
    LOGIN_THROTTLED,
    LOGOUT,
    VIEW,
    CREATE,
    UPDATE,
    SIGN,
    AMEND,
    EXPORT,
    ACCESS_GRANTED
}
