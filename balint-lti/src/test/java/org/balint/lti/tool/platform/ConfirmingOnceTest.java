package org.balint.lti.tool.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.balint.lti.protocol.support.MutableClock;
import org.balint.lti.support.TestDataSources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Confirming an administrative action exactly once")
class ConfirmingOnceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
    private final OneTimeValues values = new OneTimeValues(TestDataSources.fresh("once"), clock, Duration.ofMinutes(30));

    @Test
    @DisplayName("a value is accepted once; the second press of the same button finds it used")
    void once() {
        String value = values.issue("retention-purge", "riverside");

        assertThat(values.use("retention-purge", "riverside", Optional.of(value))).isEqualTo(OneTimeValues.Use.ACCEPTED);
        assertThat(values.use("retention-purge", "riverside", Optional.of(value))).isEqualTo(OneTimeValues.Use.ALREADY_USED);
    }

    @Test
    @DisplayName("a value confirms only its own purpose and owner")
    void ownPurposeAndOwner() {
        String value = values.issue("retention-purge", "riverside");

        assertThat(values.use("retention-purge", "lakeside", Optional.of(value))).isEqualTo(OneTimeValues.Use.UNKNOWN);
        assertThat(values.use("tool-key-rotation", "riverside", Optional.of(value))).isEqualTo(OneTimeValues.Use.UNKNOWN);
        assertThat(values.use("retention-purge", "riverside", Optional.of(value))).isEqualTo(OneTimeValues.Use.ACCEPTED);
    }

    @Test
    @DisplayName("an expired, missing or made-up value confirms nothing")
    void expiredOrMadeUp() {
        String value = values.issue("retention-purge", "riverside");
        clock.advance(Duration.ofMinutes(31));

        assertThat(values.use("retention-purge", "riverside", Optional.of(value))).isEqualTo(OneTimeValues.Use.EXPIRED);
        assertThat(values.use("retention-purge", "riverside", Optional.empty())).isEqualTo(OneTimeValues.Use.UNKNOWN);
        assertThat(values.use("retention-purge", "riverside", Optional.of("made-up"))).isEqualTo(OneTimeValues.Use.UNKNOWN);
    }
}
