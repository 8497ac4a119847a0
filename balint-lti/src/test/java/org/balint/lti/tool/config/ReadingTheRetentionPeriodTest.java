package org.balint.lti.tool.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reading the retention period from the configuration")
class ReadingTheRetentionPeriodTest {

    private static java.util.function.Function<String, Optional<String>> with(String value) {
        return name -> Optional.ofNullable(Map.of(RetentionSettings.PROPERTY, value).get(name));
    }

    @Test
    @DisplayName("six years unless configured, otherwise the ISO-8601 period given")
    void period() {
        assertThat(RetentionSettings.read(name -> Optional.empty()).period()).isEqualTo(Period.ofYears(6));
        assertThat(RetentionSettings.read(with(" p7y6m ")).period()).isEqualTo(Period.of(7, 6, 0));
    }

    @Test
    @DisplayName("a value that is no positive period stops the tool, saying what to write")
    void refused() {
        assertThatThrownBy(() -> RetentionSettings.read(with("six years"))).hasMessageContaining("P6Y");
        assertThatThrownBy(() -> RetentionSettings.read(with("P0D"))).hasMessageContaining("would keep nothing");
        assertThatThrownBy(() -> RetentionSettings.read(with("-P1Y"))).hasMessageContaining("positive");
    }
}
