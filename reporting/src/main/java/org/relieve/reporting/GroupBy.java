package org.relieve.reporting;

/** How an outcome report is grouped. The API spells these in lower case. */
public enum GroupBy {
    TECHNIQUE,
    CAUSE,
    THERAPIST,
    PROFILE,
    WEEK,
    MONTH
}
