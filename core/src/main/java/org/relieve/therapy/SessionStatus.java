package org.relieve.therapy;

public enum SessionStatus {
    DRAFT,
    SIGNED
}
