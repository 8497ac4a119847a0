package org.balint.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.balint.core.attendance.AttendanceFixtures.ANA;
import static org.balint.core.attendance.AttendanceFixtures.FIVE_CLINICIANS;
import static org.balint.core.attendance.AttendanceFixtures.GROUP;
import static org.balint.core.attendance.AttendanceFixtures.LEADER;
import static org.balint.core.attendance.AttendanceFixtures.MEI;
import static org.balint.core.attendance.AttendanceFixtures.clockAt;
import static org.balint.core.attendance.AttendanceFixtures.importIntoSessionThree;
import static org.balint.core.attendance.AttendanceFixtures.imported;
import static org.balint.core.attendance.AttendanceFixtures.report;
import static org.balint.core.attendance.AttendanceFixtures.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.core.group.GroupId;
import org.balint.core.group.SessionNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SeriesAttendanceTest {

    private final AttendanceSheet sessionThree = imported(importIntoSessionThree(report("zoom-session-3.csv")));
    private final AttendanceSheet sessionTwo = AttendanceSheet.open(GROUP, session(2, "2026-03-08T18:00"),
            AttendanceThresholds.defaults()).markExcused(ANA.id(), FIVE_CLINICIANS, LEADER,
                    clockAt("2026-03-08T12:00")).orElseThrow();

    @Test
    @DisplayName("a member's record lists each session in order, absent sessions included")
    void recordInSessionOrder() {
        var series = new SeriesAttendance(GROUP, List.of(sessionThree, sessionTwo));

        assertThat(series.sessions()).extracting(s -> s.number().value()).containsExactly(2, 3);
        assertThat(series.attendanceOf(ANA.id())).extracting(SessionAttendance::minutesPresent).containsExactly(0L,
                88L);
        assertThat(series.recordOf(ANA.id())).extracting(a -> a.status().describe())
                .containsExactly("excused", "present");
        assertThat(series.attendanceOf(MEI.id())).allMatch(a -> a.presence().isEmpty());
        assertThat(series.attendanceOf(ANA.id(), SessionNumber.of(4))).isEmpty();
    }

    @Test
    @DisplayName("a series holds one sheet per session of one group")
    void oneSheetPerSessionOfOneGroup() {
        assertThatThrownBy(() -> new SeriesAttendance(GROUP, List.of(sessionThree, sessionThree)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SeriesAttendance(new GroupId("autumn-2026"), List.of(sessionThree)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the series is read from the stored sheets of the group")
    void seriesFromStoredSheets() {
        var stored = new InMemorySheets();
        stored.save(sessionTwo);
        stored.save(sessionThree);

        assertThat(stored.series(GROUP).sheets()).containsExactly(sessionTwo, sessionThree);
        assertThat(stored.find(GROUP, SessionNumber.of(3))).contains(sessionThree);
    }

    private static final class InMemorySheets implements AttendanceSheets {
        private final Map<List<Object>, AttendanceSheet> sheets = new HashMap<>();

        @Override
        public Optional<AttendanceSheet> find(GroupId group, SessionNumber session) {
            return Optional.ofNullable(sheets.get(List.of(group, session)));
        }

        @Override
        public List<AttendanceSheet> findAll(GroupId group) {
            var all = new ArrayList<AttendanceSheet>();
            sheets.forEach((key, sheet) -> {
                if (key.get(0).equals(group)) {
                    all.add(sheet);
                }
            });
            return all;
        }

        @Override
        public void save(AttendanceSheet sheet) {
            sheets.put(List.of(sheet.group(), sheet.number()), sheet);
        }
    }
}
