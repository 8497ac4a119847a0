package org.balint.lti.protocol.services.grades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.balint.lti.protocol.services.JsonValues;
import org.balint.lti.protocol.support.Fixtures;
import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void writes_the_score_moodle_accepted() throws Exception {
        Map<String, Object> accepted = Fixtures.object(Fixtures.json("moodle-4.5/07-ags-score-post-and-reads.json"), "score");
        Score score = new Score("4", 7.5, 10, Optional.of("from LTI stub"), Instant.parse("2026-11-28T22:48:20.064Z"),
                ActivityProgress.COMPLETED, GradingProgress.FULLY_GRADED);

        Map<String, Object> written = JsonValues.object(JsonValues.write(score.toJson()));

        assertThat(written).containsOnlyKeys(accepted.keySet());
        assertThat(written.get("timestamp")).isEqualTo(accepted.get("timestamp"));
        assertThat(written.get("userId")).isEqualTo("4");
        assertThat(((Number) written.get("scoreGiven")).doubleValue()).isEqualTo(7.5);
        assertThat(((Number) written.get("scoreMaximum")).doubleValue()).isEqualTo(10);
        assertThat(written).containsEntry("activityProgress", "Completed").containsEntry("gradingProgress", "FullyGraded")
                .containsEntry("comment", "from LTI stub");
    }

    @Test
    void always_writes_milliseconds_in_utc() {
        Score score = new Score("4", 1, 2, Optional.empty(), Instant.parse("2026-01-02T03:04:05Z"),
                ActivityProgress.COMPLETED, GradingProgress.FULLY_GRADED);

        assertThat(score.timestampText()).isEqualTo("2026-01-02T03:04:05.000Z");
        assertThat(score.toJson()).doesNotContainKey("comment");
    }

    @Test
    void refuses_impossible_scores() {
        Instant now = Instant.parse("2026-01-02T03:04:05Z");
        assertThatThrownBy(() -> new Score(" ", 1, 2, Optional.empty(), now, ActivityProgress.COMPLETED, GradingProgress.FULLY_GRADED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Score("4", -1, 2, Optional.empty(), now, ActivityProgress.COMPLETED, GradingProgress.FULLY_GRADED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Score("4", 1, 0, Optional.empty(), now, ActivityProgress.COMPLETED, GradingProgress.FULLY_GRADED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Score("4", Double.NaN, 2, Optional.empty(), now, ActivityProgress.COMPLETED, GradingProgress.FULLY_GRADED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
