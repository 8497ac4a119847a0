package org.balint.launchload;

import java.util.Arrays;

/**
 * Latency statistics of the measured launches, in milliseconds. Percentiles use the nearest-rank
 * method: the p-th percentile is the smallest measured value that at least p % of the values do not
 * exceed, so every percentile is a latency that was actually measured.
 *
 * @param count the number of values
 * @param mean  the arithmetic mean
 * @param p50   the median
 * @param p95   the 95th percentile
 * @param p99   the 99th percentile
 * @param max   the largest value
 */
public record LatencySummary(long count, double mean, double p50, double p95, double p99, double max) {

    private static final double NANOS_PER_MILLI = 1_000_000.0;

    /** The summary of no values: every figure zero. */
    public static LatencySummary empty() {
        return new LatencySummary(0, 0, 0, 0, 0, 0);
    }

    /** The summary of the given latencies in nanoseconds (the array is not changed). */
    public static LatencySummary ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return empty();
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long value : sorted) {
            sum += value;
        }
        return new LatencySummary(sorted.length, sum / sorted.length / NANOS_PER_MILLI,
                nearestRank(sorted, 50) / NANOS_PER_MILLI, nearestRank(sorted, 95) / NANOS_PER_MILLI,
                nearestRank(sorted, 99) / NANOS_PER_MILLI, sorted[sorted.length - 1] / NANOS_PER_MILLI);
    }

    /** The nearest-rank percentile of sorted, non-empty values; {@code percent} in 1..100. */
    static long nearestRank(long[] sorted, int percent) {
        if (sorted.length == 0 || percent < 1 || percent > 100) {
            throw new IllegalArgumentException("Need values and a percentile from 1 to 100, got " + percent);
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[rank - 1];
    }
}
