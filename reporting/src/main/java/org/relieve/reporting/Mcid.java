package org.relieve.reporting;

/**
 * The minimal clinically important difference for back pain on the 0–10 NPRS: the latest score is
 * at least 2 points <em>and</em> at least 30 % below the baseline (Ostelo RW et al., "Interpreting
 * change scores for pain and functional status in low back pain", Spine 2008; Childs JD et al.,
 * "Responsiveness of the numeric pain rating scale in patients with low back pain", Spine 2005).
 *
 * <p>The outcome report's SQL applies the same rule in integer arithmetic ({@link #SQL}); a test
 * holds the two together.
 */
public final class Mcid {

    /** Points the score must drop by. */
    public static final int MIN_POINTS = 2;

    /**
     * The rule as a SQL predicate over integer columns {@code latest} and {@code baseline}:
     * {@code latest ≤ 0.7 × baseline} written as {@code 10 × latest ≤ 7 × baseline}, exact in
     * integers. Null when either score is missing (callers coalesce to false).
     */
    public static final String SQL = "(%1$s <= %2$s - 2 and 10 * %1$s <= 7 * %2$s)";

    private Mcid() {
    }

    /**
     * Whether the drop from baseline to latest is clinically important. No baseline or no latest
     * score means nothing to measure: not reached.
     */
    public static boolean reached(Integer baseline, Integer latest) {
        if (baseline == null || latest == null) {
            return false;
        }
        return latest <= baseline - MIN_POINTS && 10 * latest <= 7 * baseline;
    }

    /** {@link #SQL} for the given column expressions. */
    static String sql(String latest, String baseline) {
        return SQL.formatted(latest, baseline);
    }
}
