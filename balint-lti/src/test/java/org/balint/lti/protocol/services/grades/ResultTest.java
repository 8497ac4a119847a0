package org.balint.lti.protocol.services.grades;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reading what a platform holds for a user")
class ResultTest {

    private static final Score SENT = new Score("u1", 11.25, 12, Optional.of("Eligible."), Instant.parse("2026-04-23T09:15:00Z"),
            ActivityProgress.COMPLETED, GradingProgress.FULLY_GRADED);

    @Test
    @DisplayName("a result holds a score with the same value, maximum and comment")
    void holdsTheSameScore() {
        assertThat(new Result("u1", Optional.of(11.25), Optional.of(12.0), Optional.of("Eligible."), Optional.empty()).holds(SENT)).isTrue();
        assertThat(new Result("u1", Optional.of(11.2500001), Optional.empty(), Optional.empty(), Optional.empty()).holds(SENT)).isTrue();
    }

    @Test
    @DisplayName("a different value, maximum, comment or user, or no score at all, is not what was sent")
    void doesNotHoldAnotherScore() {
        assertThat(new Result("u1", Optional.of(11.0), Optional.of(12.0), Optional.of("Eligible."), Optional.empty()).holds(SENT)).isFalse();
        assertThat(new Result("u1", Optional.of(11.25), Optional.of(10.0), Optional.empty(), Optional.empty()).holds(SENT)).isFalse();
        assertThat(new Result("u1", Optional.of(11.25), Optional.of(12.0), Optional.of("Set by hand"), Optional.empty()).holds(SENT)).isFalse();
        assertThat(new Result("u2", Optional.of(11.25), Optional.of(12.0), Optional.empty(), Optional.empty()).holds(SENT)).isFalse();
        assertThat(new Result("u1", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()).holds(SENT)).isFalse();
    }

    @Test
    @DisplayName("results are read at the line item's path plus /results, before its query, filtered by user")
    void resultsUrlKeepsTheQuery() {
        assertThat(ResultsUrl.of(URI.create("https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3"), "u 1"))
                .hasToString("https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem/results?type_id=3&user_id=u+1");
        assertThat(ResultsUrl.of(URI.create("https://canvas.example/api/lti/courses/1/line_items/9/"), "42"))
                .hasToString("https://canvas.example/api/lti/courses/1/line_items/9/results?user_id=42");
    }

    @Test
    @DisplayName("a result container is read strictly, with its timestamp where given")
    void readsAContainer() throws Exception {
        assertThat(ResultJson.container("[{\"userId\":\"u1\",\"resultScore\":3,\"resultMaximum\":12,"
                + "\"comment\":\"ok\",\"timestamp\":\"2026-04-23T09:15:00.001+02:00\"},{\"userId\":\"u2\"}]"))
                .containsExactly(new Result("u1", Optional.of(3.0), Optional.of(12.0), Optional.of("ok"),
                                Optional.of(Instant.parse("2026-04-23T07:15:00.001Z"))),
                        new Result("u2", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    @DisplayName("a result without a user or with a malformed timestamp is refused")
    void refusesMalformedResults() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResultJson.container("[{\"resultScore\":3}]"))
                .isInstanceOf(org.balint.lti.protocol.services.JsonShapeException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResultJson.container("[{\"userId\":\"u\",\"timestamp\":\"yesterday\"}]"))
                .isInstanceOf(org.balint.lti.protocol.services.JsonShapeException.class);
    }
}
