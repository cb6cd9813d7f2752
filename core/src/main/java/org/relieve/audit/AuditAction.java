package org.relieve.audit;

/** What somebody did. Kept coarse on purpose: the target and detail say the rest. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGOUT,
    VIEW,
    CREATE,
    UPDATE,
    SIGN,
    AMEND,
    EXPORT,
    ACCESS_GRANTED
}
