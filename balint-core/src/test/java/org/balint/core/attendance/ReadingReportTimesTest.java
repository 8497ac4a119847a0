package org.balint.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.attendance.AttendanceFixtures.NEW_YORK_TIMES;
import static org.balint.core.attendance.AttendanceFixtures.at;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReadingReportTimesTest {

    @ParameterizedTest(name = "\"{0}\" is 15 March 2026, 18:58 in New York")
    @ValueSource(strings = {
            "03/15/2026 06:58:12 PM",
            "3/15/2026, 6:58:12 PM",
            "3/15/2026 6:58 pm",
            "3/15/26, 6:58:59 PM",
            "03/15/2026 18:58:00",
            "2026-03-15 18:58:12",
            "2026-03-15T18:58",
            "  3/15/2026,   6:58:12 PM  "})
    @DisplayName("Zoom, Teams and ISO date-times are all read, seconds dropped")
    void formatsOfBothPlatforms(String text) {
        assertThat(ReportTimes.parse(text, NEW_YORK_TIMES)).contains(at("2026-03-15T18:58"));
    }

    @Test
    @DisplayName("12 AM is midnight and 12 PM is noon")
    void twelveOClock() {
        assertThat(ReportTimes.parse("3/15/2026 12:05:00 AM", NEW_YORK_TIMES)).contains(at("2026-03-15T00:05"));
        assertThat(ReportTimes.parse("3/15/2026 12:05:00 PM", NEW_YORK_TIMES)).contains(at("2026-03-15T12:05"));
    }

    @Test
    @DisplayName("a report exported day first reads 15/03/2026 as 15 March")
    void dayFirst() {
        assertThat(ReportTimes.parse("15/03/2026 18:58:12", NEW_YORK_TIMES.dayFirst()))
                .contains(at("2026-03-15T18:58"));
        assertThat(ReportTimes.parse("15/03/2026 18:58:12", NEW_YORK_TIMES)).isEmpty();
    }

    @Test
    @DisplayName("local times are read in the zone the caller gives")
    void zoneFromTheCaller() {
        assertThat(ReportTimes.parse("3/15/2026 6:58:00 PM", ImportSettings.in(ZoneId.of("Europe/Berlin"))))
                .contains(Instant.parse("2026-03-15T17:58:00Z"));
    }

    @ParameterizedTest(name = "\"{0}\" is not read")
    @ValueSource(strings = {"", "yesterday", "13/45/2026 6:00 PM", "2/30/2026 6:00 PM", "3/15/2026 13:00 PM",
            "3/15/2026 6:61 PM", "3/15/2026 6:58:75 PM", "3/15/2026", "18:58"})
    @DisplayName("text that is no date-time, or an impossible one, is not read")
    void impossibleTimes(String text) {
        assertThat(ReportTimes.parse(text, NEW_YORK_TIMES)).isEmpty();
    }
}
