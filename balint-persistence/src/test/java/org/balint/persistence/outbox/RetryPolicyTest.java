package org.balint.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant FAILED_AT = Instant.parse("2026-10-05T14:30:00Z");
    private final RetryPolicy policy = RetryPolicy.standard();

    @Test
    @DisplayName("the longest wait doubles from one minute after each failed attempt until it reaches six hours")
    void ceilingsDoubleUpToTheCap() {
        assertThat(policy.ceilingAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.ceilingAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.ceilingAfter(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(policy.ceilingAfter(9)).isEqualTo(Duration.ofMinutes(256));
        assertThat(policy.ceilingAfter(10)).isEqualTo(Duration.ofHours(6));
        assertThat(policy.ceilingAfter(1_000)).isEqualTo(Duration.ofHours(6));
    }

    @Property(tries = 500)
    @Label("the next attempt falls between half and all of the ceiling after the failure")
    void jitterStaysInsideTheWindow(@ForAll @IntRange(min = 1, max = 40) int attempt, @ForAll long seed) {
        Duration ceiling = policy.ceilingAfter(attempt);
        Instant next = policy.nextAttempt(attempt, FAILED_AT, FAILED_AT, new SplittableRandom(seed));

        assertThat(next).isBetween(FAILED_AT.plus(ceiling.dividedBy(2)), FAILED_AT.plus(ceiling));
    }

    @Property(tries = 500)
    @Label("a Retry-After from the LMS is never undercut")
    void retryAfterIsNeverUndercut(@ForAll @IntRange(min = 1, max = 12) int attempt,
            @ForAll @LongRange(min = 0, max = 172_800) long retryAfterSeconds, @ForAll long seed) {
        Instant retryAfter = FAILED_AT.plusSeconds(retryAfterSeconds);
        Instant next = policy.nextAttempt(attempt, FAILED_AT, retryAfter, new SplittableRandom(seed));

        assertThat(next).isAfterOrEqualTo(retryAfter);
        assertThat(next).isAfterOrEqualTo(FAILED_AT.plus(policy.ceilingAfter(attempt).dividedBy(2)));
    }

    @Test
    @DisplayName("a policy that could never deliver or never wait is a configuration error")
    void nonsensePoliciesAreRefused() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofHours(1), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofHours(2), Duration.ofHours(1), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
