package org.balint.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.attendance.AttendanceFixtures.AFTER_THE_SESSION;
import static org.balint.core.attendance.AttendanceFixtures.FIVE_CLINICIANS;
import static org.balint.core.attendance.AttendanceFixtures.LEADER;
import static org.balint.core.attendance.AttendanceFixtures.NEW_YORK;
import static org.balint.core.attendance.AttendanceFixtures.NEW_YORK_TIMES;
import static org.balint.core.attendance.AttendanceFixtures.at;
import static org.balint.core.attendance.AttendanceFixtures.emptySheetForSessionThree;
import static org.balint.core.attendance.AttendanceFixtures.imported;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.balint.core.group.Member;

/** Session 3 runs 18:00 to 19:30 in New York; report rows are accepted from 17:45 to 19:45. */
class AttendancePropertiesTest {

    private static final Instant START = at("2026-03-15T18:00");
    private static final Instant END = at("2026-03-15T19:30");
    private static final DateTimeFormatter ZOOM_TIME =
            DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US).withZone(NEW_YORK);

    /** Who a generated row is: one of the five clinicians, written in one of several ways, or a stranger. */
    private static final List<String[]> PEOPLE = List.of(
            new String[] {"Ana Lima", "ana.lima@clinic.example"},
            new String[] {"\"Lima, Ana\"", ""},
            new String[] {"José Ramírez", "JRamirez@Hospital.example"},
            new String[] {"jose ramirez", ""},
            new String[] {"Priya Natarajan", "priya.n@health.example"},
            new String[] {"Tom Becker", ""},
            new String[] {"Mei Chen (Mei)", "mei.chen@clinic.example"},
            new String[] {"Ruth Alvarez", "ruth.alvarez@clinic.example"},
            new String[] {"Kiosk iPad", ""});

    /** One generated report row: who, and minutes (and seconds) from the scheduled start. */
    record GeneratedRow(int person, int joinMinute, int joinSecond, int minutes, int leaveSecond) {
        Instant joined() {
            return START.plusSeconds(joinMinute * 60L + joinSecond);
        }

        Instant left() {
            return START.plusSeconds((joinMinute + minutes) * 60L + leaveSecond);
        }

        String csv() {
            String[] who = PEOPLE.get(person);
            return who[0] + "," + who[1] + "," + ZOOM_TIME.format(joined()) + "," + ZOOM_TIME.format(left()) + ","
                    + minutes;
        }
    }

    @Provide
    Arbitrary<List<GeneratedRow>> rows() {
        // rows touch the accepted span (17:45 to 19:45): they may start before it, but end inside it
        Arbitrary<GeneratedRow> row = Combinators.combine(
                Arbitraries.integers().between(0, PEOPLE.size() - 1),
                Arbitraries.integers().between(-40, 104),
                Arbitraries.integers().between(0, 59),
                Arbitraries.integers().between(1, 130),
                Arbitraries.integers().between(0, 59))
                .as((person, join, joinSecond, minutes, leaveSecond) ->
                        new GeneratedRow(person, join, joinSecond, Math.max(minutes, -14 - join), leaveSecond));
        return row.list().ofMinSize(1).ofMaxSize(25);
    }

    private static AttendanceReport reportOf(List<GeneratedRow> rows) {
        return AttendanceFixtures.zoomReport(rows.stream().map(GeneratedRow::csv).toArray(String[]::new));
    }

    private static AttendanceSheet importRows(List<GeneratedRow> rows) {
        return imported(emptySheetForSessionThree().importReport(reportOf(rows), FIVE_CLINICIANS, NEW_YORK_TIMES,
                LEADER, AFTER_THE_SESSION));
    }

    /** What an unmatched attendee amounts to, whatever the line numbers. */
    private static Set<List<Object>> unmatchedContent(AttendanceSheet sheet) {
        return sheet.unmatched().stream().map(a -> List.<Object>of(a.email().isPresent() ? a.email() : a.name(),
                a.reason(), a.candidates(), a.rows().stream().map(UnmatchedAttendee.Row::presence).sorted()
                        .toList()))
                .collect(Collectors.toSet());
    }

    @Property(tries = 100)
    @Label("the import does not depend on the order of the report's rows")
    void theImportDoesNotDependOnTheOrderOfRows(@ForAll("rows") List<GeneratedRow> rows, @ForAll long seed) {
        var shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(seed));

        AttendanceSheet inReportOrder = importRows(rows);
        AttendanceSheet inShuffledOrder = importRows(shuffled);

        for (Member member : FIVE_CLINICIANS) {
            var expected = inReportOrder.attendanceOf(member.id());
            var actual = inShuffledOrder.attendanceOf(member.id());
            assertThat(actual.attendance()).isEqualTo(expected.attendance());
            assertThat(actual.status()).isEqualTo(expected.status());
            assertThat(actual.evidence()).hasSameSizeAs(expected.evidence());
        }
        assertThat(unmatchedContent(inShuffledOrder)).isEqualTo(unmatchedContent(inReportOrder));
    }

    @Property(tries = 100)
    @Label("effective presence always lies within the scheduled session")
    void effectivePresenceAlwaysLiesWithinTheSession(@ForAll("rows") List<GeneratedRow> rows) {
        AttendanceSheet sheet = importRows(rows);
        for (UnmatchedAttendee attendee : sheet.unmatched()) {
            sheet = sheet.dismissAsGuest(attendee, LEADER, AFTER_THE_SESSION).orElseThrow();
        }

        for (MemberAttendance attendance : sheet.attendanceOf(FIVE_CLINICIANS)) {
            assertThat(attendance.attendance().presence()).allSatisfy(interval -> {
                assertThat(interval.joined()).isAfterOrEqualTo(START);
                assertThat(interval.left()).isBeforeOrEqualTo(END);
            });
            assertThat(attendance.attendance().minutesPresent()).isBetween(0L, 90L);
            assertThat(attendance.status().minutesPresent()).isEqualTo(attendance.attendance().minutesPresent());
        }
    }

    @Provide
    Arbitrary<List<EnteredInterval>> entries() {
        return Combinators.combine(Arbitraries.integers().between(-20, 100), Arbitraries.integers().between(-5, 60))
                .as((from, minutes) -> new EnteredInterval(START.plus(Duration.ofMinutes(from)),
                        START.plus(Duration.ofMinutes(from + minutes))))
                .list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 300)
    @Label("a leader's entry is accepted exactly when it is inside the session and without overlaps, and then counts as entered")
    void leaderEntriesAreAcceptedExactlyWhenInsideTheSession(@ForAll("entries") List<EnteredInterval> entered) {
        boolean eachInside = entered.stream().allMatch(e -> e.left().isAfter(e.joined())
                && !e.joined().isBefore(START) && !e.left().isAfter(END));
        boolean noOverlap = true;
        for (int i = 0; i < entered.size(); i++) {
            for (int j = i + 1; j < entered.size(); j++) {
                noOverlap &= !(entered.get(i).joined().isBefore(entered.get(j).left())
                        && entered.get(j).joined().isBefore(entered.get(i).left()));
            }
        }

        var outcome = emptySheetForSessionThree().setPresence(FIVE_CLINICIANS.get(0).id(), entered,
                FIVE_CLINICIANS, LEADER, AFTER_THE_SESSION);

        assertThat(outcome.isValid()).isEqualTo(eachInside && noOverlap);
        if (outcome.isValid()) {
            var presence = outcome.orElseThrow().attendanceOf(FIVE_CLINICIANS.get(0).id()).attendance().presence();
            assertThat(presence).allMatch(i -> !i.joined().isBefore(START) && !i.left().isAfter(END));
            assertThat(presence).extracting(i -> new EnteredInterval(i.joined(), i.left()))
                    .containsExactlyInAnyOrderElementsOf(entered);
        }
    }

    @Provide
    Arbitrary<List<PresenceInterval>> intervals() {
        return Combinators.combine(Arbitraries.integers().between(-60, 150), Arbitraries.integers().between(1, 90))
                .as((from, minutes) -> new PresenceInterval(START.plus(Duration.ofMinutes(from)),
                        START.plus(Duration.ofMinutes(from + minutes))))
                .list().ofMaxSize(12);
    }

    private static Set<Instant> minutesOf(List<PresenceInterval> intervals) {
        var minutes = new HashSet<Instant>();
        for (PresenceInterval interval : intervals) {
            for (Instant m = interval.joined(); m.isBefore(interval.left()); m = m.plusSeconds(60)) {
                minutes.add(m);
            }
        }
        return minutes;
    }

    @Property(tries = 500)
    @Label("merging neither loses minutes nor counts an overlap twice")
    void mergingNeitherLosesNorDoubleCountsMinutes(@ForAll("intervals") List<PresenceInterval> intervals) {
        List<PresenceInterval> merged = Intervals.merge(intervals);

        assertThat(minutesOf(merged)).isEqualTo(minutesOf(intervals));
        assertThat(merged.stream().mapToLong(PresenceInterval::minutes).sum())
                .isEqualTo(minutesOf(intervals).size());
        for (int i = 1; i < merged.size(); i++) {
            assertThat(merged.get(i).joined()).isAfter(merged.get(i - 1).left());
        }
    }

    @Property(tries = 500)
    @Label("merging does not depend on the order of the intervals")
    void mergingDoesNotDependOnOrder(@ForAll("intervals") List<PresenceInterval> intervals, @ForAll long seed) {
        var shuffled = new ArrayList<>(intervals);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(Intervals.merge(shuffled)).isEqualTo(Intervals.merge(intervals));
    }

    @Property(tries = 500)
    @Label("clipping keeps exactly the minutes inside the session")
    void clippingKeepsExactlyTheMinutesInsideTheSession(@ForAll("intervals") List<PresenceInterval> intervals) {
        List<PresenceInterval> clipped = Intervals.mergeWithin(intervals, START, END);

        var inside = minutesOf(intervals).stream().filter(m -> !m.isBefore(START) && m.isBefore(END))
                .collect(Collectors.toSet());
        assertThat(minutesOf(clipped)).isEqualTo(inside);
    }

    @Property(tries = 50)
    @Label("every bad row is reported with its line, whatever good rows surround it")
    void everyBadRowIsReportedWhateverTheGoodRowsAround(@ForAll("rows") List<GeneratedRow> rows,
            @ForAll @Size(max = 3) List<@net.jqwik.api.constraints.IntRange(min = 0, max = 30) Integer> badAt) {
        var lines = new ArrayList<>(rows.stream().map(GeneratedRow::csv).toList());
        var badLines = new java.util.TreeSet<Integer>();
        for (int position : badAt) {
            int index = Math.min(position, lines.size());
            lines.add(index, "Tom Becker,tbecker@uni.example,03/15/2026 07:00:00 PM,not a time,0");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("not a time")) {
                badLines.add(i + 2);
            }
        }

        ReportImport outcome = emptySheetForSessionThree().importReport(
                AttendanceFixtures.zoomReport(lines.toArray(String[]::new)), FIVE_CLINICIANS, NEW_YORK_TIMES,
                LEADER, AFTER_THE_SESSION);

        if (badLines.isEmpty()) {
            assertThat(outcome).isInstanceOf(ReportImport.Imported.class);
        } else {
            assertThat(outcome).isInstanceOf(ReportImport.Rejected.class);
            assertThat(((ReportImport.Rejected) outcome).badRows()).extracting(BadRow::line)
                    .containsExactlyElementsOf(badLines);
        }
    }

}
