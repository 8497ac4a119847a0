package org.balint.persistence.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UtcTimestampConverterTest {

    private final UtcTimestampConverter converter = new UtcTimestampConverter();

    @Test
    @DisplayName("an instant becomes its UTC wall-clock time, to the microsecond")
    void instantBecomesUtcWallClock() {
        assertThat(converter.convertToDatabaseColumn(Instant.parse("2026-03-08T02:30:00.123456789Z")))
                .isEqualTo(LocalDateTime.parse("2026-03-08T02:30:00.123456"));
    }

    @Test
    @DisplayName("an absent timestamp stays absent in both directions")
    void nullStaysNull() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @Property(tries = 500)
    @Label("every instant from 1970 to 2200 reads back as itself, cut to the microsecond")
    void roundTrip(@ForAll @LongRange(min = 0, max = 7_258_118_400L) long seconds, @ForAll @LongRange(min = 0, max = 999_999_999) long nanos) {
        Instant instant = Instant.ofEpochSecond(seconds, nanos);
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)))
                .isEqualTo(UtcTimestampConverter.storable(instant))
                .isBetween(instant.minusNanos(999), instant);
    }
}
