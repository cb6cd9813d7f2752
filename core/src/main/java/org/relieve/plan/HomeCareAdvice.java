package org.relieve.plan;

/** One item of the client's home-care programme. Times are optional. */
public record HomeCareAdvice(String advice, Integer minutes, Integer holdSecondsMin, Integer holdSecondsMax) {

    public static HomeCareAdvice of(String advice) {
        return new HomeCareAdvice(advice, null, null, null);
    }
}
