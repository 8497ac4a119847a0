package org.balint.launchload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    private static final long MS = 1_000_000L;

    @Test
    void percentiles_of_one_to_a_hundred_milliseconds_are_the_nearest_ranks() {
        long[] nanos = LongStream.rangeClosed(1, 100).map(ms -> (101 - ms) * MS).toArray();

        LatencySummary summary = LatencySummary.ofNanos(nanos);

        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50()).isEqualTo(50.0);
        assertThat(summary.p95()).isEqualTo(95.0);
        assertThat(summary.p99()).isEqualTo(99.0);
        assertThat(summary.max()).isEqualTo(100.0);
        assertThat(summary.mean()).isEqualTo(50.5);
    }

    @Test
    void a_single_slow_launch_among_few_is_the_p99() {
        long[] nanos = {2 * MS, 2 * MS, 3 * MS, 2 * MS, 250 * MS, 3 * MS, 2 * MS, 2 * MS, 3 * MS, 2 * MS};

        LatencySummary summary = LatencySummary.ofNanos(nanos);

        assertThat(summary.p50()).isEqualTo(2.0);
        assertThat(summary.p95()).isEqualTo(250.0);
        assertThat(summary.p99()).isEqualTo(250.0);
        assertThat(summary.mean()).isEqualTo(27.1);
    }

    @Test
    void one_value_is_every_percentile() {
        LatencySummary summary = LatencySummary.ofNanos(new long[] {1_500_000});

        assertThat(summary).isEqualTo(new LatencySummary(1, 1.5, 1.5, 1.5, 1.5, 1.5));
    }

    @Test
    void no_values_give_zeros() {
        assertThat(LatencySummary.ofNanos(new long[0])).isEqualTo(LatencySummary.empty());
        assertThat(LatencySummary.empty().count()).isZero();
    }

    @Test
    void leaves_the_measured_values_in_their_order() {
        long[] nanos = {3, 1, 2};

        LatencySummary.ofNanos(nanos);

        assertThat(nanos).containsExactly(3, 1, 2);
    }

    @Test
    void refuses_percentiles_outside_one_to_a_hundred() {
        assertThatThrownBy(() -> LatencySummary.nearestRank(new long[] {1}, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencySummary.nearestRank(new long[] {1}, 101))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
