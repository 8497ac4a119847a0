package org.balint.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CreditHoursTest {

    @Test
    @DisplayName("credit is exact and printed with two decimals")
    void exactAndPrintedWithTwoDecimals() {
        assertThat(CreditHours.ofQuarterHours(7)).hasToString("1.75");
        assertThat(CreditHours.ofQuarterHours(7).toBigDecimal()).isEqualTo(new BigDecimal("1.75"));
        assertThat(CreditHours.ofWholeCredits(3)).isEqualTo(CreditHours.ofQuarterHours(12));
        assertThat(CreditHours.ofQuarterHours(1).plus(CreditHours.ofQuarterHours(2))).hasToString("0.75");
        assertThat(CreditHours.ofQuarterHours(5).minutes()).isEqualTo(75);
    }

    @Test
    @DisplayName("minutes round to the nearest quarter hour, an exact half rounding up")
    void nearestQuarterHour() {
        assertThat(CreditHours.nearestQuarterHourOf(55)).hasToString("1.00");
        assertThat(CreditHours.nearestQuarterHourOf(50)).hasToString("0.75");
        assertThat(CreditHours.nearestQuarterHourOf(7)).hasToString("0.00");
        assertThat(CreditHours.nearestQuarterHourOf(8)).hasToString("0.25");
        // 7.5 minutes is exactly half a quarter hour: it rounds up.
        assertThat(CreditHours.roundedQuarterHours(15)).isEqualTo(1);
        assertThat(CreditHours.nearestQuarterHourOf(0)).isEqualTo(CreditHours.ZERO);
    }

    @Test
    @DisplayName("an amount a person typed is accepted in steps of 0.25 and refused with every reason otherwise")
    void parsedAmounts() {
        assertThat(CreditHours.parse("1.5").orElseThrow()).isEqualTo(CreditHours.ofQuarterHours(6));
        assertThat(CreditHours.parse(" 3.750 ").orElseThrow()).isEqualTo(CreditHours.ofQuarterHours(15));
        assertThat(CreditHours.parse("-0.1").violations()).extracting(Violation::code)
                .containsExactly("negative-credit", "credit-not-in-quarter-hours");
        assertThat(CreditHours.parse("one").violations()).extracting(Violation::code)
                .containsExactly("credit-not-a-number");
    }

    @Test
    @DisplayName("credit computed by the software is never negative")
    void neverNegative() {
        assertThatThrownBy(() -> CreditHours.ofQuarterHours(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
