package org.relieve.clinical;

/** A recommended hold time in seconds, inclusive at both ends. */
public record HoldRange(int minSeconds, int maxSeconds) {

    public HoldRange {
        if (minSeconds < 1 || maxSeconds < minSeconds) {
            throw new IllegalArgumentException("A hold range needs 1 ≤ min ≤ max, got " + minSeconds + "–" + maxSeconds);
        }
    }

    public boolean contains(int seconds) {
        return seconds >= minSeconds && seconds <= maxSeconds;
    }

    @Override
    public String toString() {
        return minSeconds + "–" + maxSeconds + " s";
    }
}
