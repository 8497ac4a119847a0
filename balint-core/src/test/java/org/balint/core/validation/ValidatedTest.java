package org.balint.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ValidatedTest {

    private static final Violation TOO_FEW = Violation.of("too-few-members", "3 members but at least 4 are needed");
    private static final Violation NO_LINK = Violation.of("missing-video-link", "add the video-meeting link");

    @Test
    @DisplayName("an invalid outcome keeps every violation, in order")
    void invalidKeepsEveryViolation() {
        Validated<String> outcome = Validated.invalid(TOO_FEW, NO_LINK);

        assertThat(outcome.isValid()).isFalse();
        assertThat(outcome.violations()).containsExactly(TOO_FEW, NO_LINK);
    }

    @Test
    @DisplayName("the value is only built when there is nothing to report")
    void valueOnlyBuiltWhenValid() {
        Validated<String> outcome = Validated.of(List.of(TOO_FEW), () -> {
            throw new AssertionError("must not be built");
        });

        assertThat(outcome.violations()).containsExactly(TOO_FEW);
        assertThat(Validated.of(List.of(), () -> "group").orElseThrow()).isEqualTo("group");
    }

    @Test
    @DisplayName("insisting on an invalid value names every violation")
    void orElseThrowNamesEveryViolation() {
        assertThatThrownBy(() -> Validated.invalid(TOO_FEW, NO_LINK).orElseThrow())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("too-few-members")
                .hasMessageContaining("missing-video-link");
    }

    @Test
    @DisplayName("map and flatMap only touch valid values")
    void mapOnlyTouchesValidValues() {
        assertThat(Validated.valid(2).map(n -> n * 4).orElseThrow()).isEqualTo(8);
        assertThat(Validated.<Integer>invalid(TOO_FEW).map(n -> n * 4).violations()).containsExactly(TOO_FEW);
        assertThat(Validated.valid(2).flatMap(n -> Validated.<Integer>invalid(NO_LINK)).violations())
                .containsExactly(NO_LINK);
    }

    @Test
    @DisplayName("reason codes are lower-case and hyphenated, and messages are never blank")
    void reasonCodesAreStable() {
        assertThatThrownBy(() -> Violation.of("Too Few", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Violation.of("too-few", " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
