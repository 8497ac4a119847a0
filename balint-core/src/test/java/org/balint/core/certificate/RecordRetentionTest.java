package org.balint.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordRetentionTest {

    private static final Instant ISSUED = Instant.parse("2026-03-10T09:00:00Z");

    @Test
    @DisplayName("records are kept six years by default: past retention from that instant on, not a minute before")
    void sixYearsByDefault() {
        var retention = RecordRetention.sixYears();

        assertThat(retention.retainedUntil(ISSUED)).isEqualTo(Instant.parse("2032-03-10T09:00:00Z"));
        assertThat(retention.isPastRetention(ISSUED, Instant.parse("2032-03-10T08:59:00Z"))).isFalse();
        assertThat(retention.isPastRetention(ISSUED, Instant.parse("2032-03-10T09:00:00Z"))).isTrue();
    }

    @Test
    @DisplayName("a provider can keep records longer")
    void configurablePeriod() {
        var retention = RecordRetention.of(Period.ofYears(10)).orElseThrow();

        assertThat(retention.isPastRetention(ISSUED, Instant.parse("2034-03-10T09:00:00Z"))).isFalse();
        assertThat(retention.isPastRetention(ISSUED, Instant.parse("2036-03-10T09:00:00Z"))).isTrue();
    }

    @Test
    @DisplayName("a retention period of zero or less is refused")
    void impossiblePeriods() {
        assertThat(RecordRetention.of(Period.ZERO).violations()).extracting(Violation::code)
                .containsExactly("retention-period-not-positive");
        assertThat(RecordRetention.of(Period.ofYears(-1)).violations()).extracting(Violation::code)
                .containsExactly("retention-period-not-positive");
    }
}
