package org.balint.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.group.GroupFixture.CHICAGO;
import static org.balint.core.group.GroupFixture.anEmptyDraft;
import static org.balint.core.group.GroupFixture.eightWeeklySessions;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TheScheduleMustBeUnambiguousTest {

    @Test
    @DisplayName("a series has eight sessions unless told otherwise")
    void eightByDefault() {
        var group = anEmptyDraft().validate().orElseThrow();

        assertThat(group.numberOfSessions()).isEqualTo(8);
        assertThat(group.schedule().first().duration()).isEqualTo(Duration.ofMinutes(120));
        assertThat(group.schedule().last().duration()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    @DisplayName("a group without a schedule is rejected")
    void scheduleMissing() {
        var outcome = BalintGroup.draft(GroupFixture.GROUP_ID).title("t").videoLink(GroupFixture.VIDEO_LINK)
                .leader(GroupFixture.leaderDrLevi()).validate();

        assertThat(codes(outcome.violations())).containsExactly("schedule-missing");
    }

    @Test
    @DisplayName("a schedule of seven sessions for an eight-session series is rejected")
    void lengthMismatch() {
        var outcome = anEmptyDraft().schedule(CHICAGO, GroupFixture.weeklySessions(7)).validate();

        assertThat(outcome.violations()).containsExactly(Violation.of("schedule-length-mismatch",
                "the schedule lists 7 sessions but the series has 8: schedule every session, or change the number of sessions"));
    }

    @Test
    @DisplayName("a series needs at least one session")
    void noSessions() {
        var outcome = anEmptyDraft().numberOfSessions(0).validate();

        assertThat(codes(outcome.violations())).contains("number-of-sessions-invalid");
    }

    @Test
    @DisplayName("sessions must be numbered 1, 2, 3… in order")
    void numberedInSequence() {
        var sessions = new ArrayList<>(eightWeeklySessions());
        var third = sessions.get(2);
        sessions.set(2, new ScheduledSession(SessionNumber.of(4), third.start(), third.duration()));

        assertThat(codes(anEmptyDraft().schedule(CHICAGO, sessions).validate().violations()))
                .containsExactly("session-numbers-out-of-sequence");
    }

    @Test
    @DisplayName("a session that starts before the one listed ahead of it is out of order")
    void outOfOrder() {
        var sessions = new ArrayList<>(eightWeeklySessions());
        var fourth = sessions.get(3);
        var earlier = new ScheduledSession(fourth.number(), sessions.get(1).start().minus(Duration.ofDays(1)), fourth.duration());
        sessions.set(3, earlier);

        assertThat(codes(anEmptyDraft().schedule(CHICAGO, sessions).validate().violations()))
                .containsExactly("sessions-out-of-order");
    }

    @Test
    @DisplayName("a session that starts before the previous one ends overlaps it")
    void overlap() {
        var sessions = new ArrayList<>(eightWeeklySessions());
        var first = sessions.get(0);
        var second = sessions.get(1);
        sessions.set(1, new ScheduledSession(second.number(), first.start().plus(Duration.ofMinutes(60)), second.duration()));

        var outcome = anEmptyDraft().schedule(CHICAGO, sessions).validate();

        assertThat(codes(outcome.violations())).containsExactly("sessions-overlap");
        assertThat(outcome.violations().get(0).message()).startsWith("session 2 starts at");
    }

    @Test
    @DisplayName("back-to-back sessions do not overlap")
    void backToBack() {
        var first = new ScheduledSession(SessionNumber.of(1), GroupFixture.aWeekBeforeTheSeries(), Duration.ofMinutes(90));
        var second = new ScheduledSession(SessionNumber.of(2), first.end(), Duration.ofMinutes(90));

        var outcome = anEmptyDraft().numberOfSessions(2).schedule(CHICAGO, List.of(first, second)).validate();

        assertThat(outcome.isValid()).isTrue();
    }

    @Test
    @DisplayName("weekly sessions keep their local evening time across the change to daylight saving time")
    void weeklyAcrossDaylightSaving() {
        var sessions = GroupSchedule.weeklySessions(CHICAGO, LocalDateTime.of(2027, 3, 2, 19, 0), 4,
                Duration.ofMinutes(120), Duration.ofMinutes(90));
        var group = anEmptyDraft().numberOfSessions(4).schedule(CHICAGO, sessions).validate().orElseThrow();

        assertThat(group.schedule().sessions())
                .extracting(s -> group.schedule().localStart(s).toLocalTime())
                .containsOnly(LocalTime.of(19, 0));
        assertThat(Duration.between(sessions.get(1).start(), sessions.get(2).start())).isEqualTo(Duration.ofHours(167));
    }

    @Test
    @DisplayName("the display zone changes how times read, not when sessions happen")
    void zoneOnlyForDisplay() {
        var berlin = ZoneId.of("Europe/Berlin");
        var group = anEmptyDraft().schedule(berlin, eightWeeklySessions()).validate().orElseThrow();

        assertThat(group.schedule().first().start()).isEqualTo(eightWeeklySessions().get(0).start());
        assertThat(group.schedule().localStart(group.schedule().first()).toLocalTime()).isEqualTo(LocalTime.of(2, 0));
    }

    static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }
}
