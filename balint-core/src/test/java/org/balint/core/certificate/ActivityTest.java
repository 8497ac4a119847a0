package org.balint.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ActivityTest {

    @Test
    @DisplayName("an activity without a title or sessions is refused with both reasons")
    void titleAndSessionsRequired() {
        var outcome = Activity.of(" ", ActivityFormat.ONLINE, List.of(), ZoneId.of("Europe/London"));

        assertThat(outcome.violations()).extracting(Violation::code)
                .containsExactly("activity-title-missing", "no-sessions-scheduled");
    }
}
