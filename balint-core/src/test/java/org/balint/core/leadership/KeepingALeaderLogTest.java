package org.balint.core.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.leadership.LeadershipFixtures.CANDIDATE;
import static org.balint.core.leadership.LeadershipFixtures.CLOCK;
import static org.balint.core.leadership.LeadershipFixtures.LONDON;
import static org.balint.core.leadership.LeadershipFixtures.MONDAY_GROUP;
import static org.balint.core.leadership.LeadershipFixtures.NOW;
import static org.balint.core.leadership.LeadershipFixtures.SECOND_SUPERVISOR;
import static org.balint.core.leadership.LeadershipFixtures.SUPERVISOR;
import static org.balint.core.leadership.LeadershipFixtures.THURSDAY_GROUP;
import static org.balint.core.leadership.LeadershipFixtures.TODAY;
import static org.balint.core.leadership.LeadershipFixtures.intensive;
import static org.balint.core.leadership.LeadershipFixtures.led;
import static org.balint.core.leadership.LeadershipFixtures.supervisedBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;
import org.balint.core.leadership.LogEntry.IntensiveAttended;
import org.balint.core.leadership.LogEntry.LedSession;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeepingALeaderLogTest {

    private final InMemoryLeaderLogStore store = new InMemoryLeaderLogStore();
    private final LeaderLogbook logbook = new LeaderLogbook(store, CLOCK, LONDON);

    @Test
    @DisplayName("a session led, a supervised session and an intensive are each kept in the candidate's log")
    void entriesAreKept() {
        var led = led(3, LocalDate.of(2026, 3, 9));
        var coLed = new LedSession(THURSDAY_GROUP, SessionNumber.of(1), Instant.parse("2026-04-02T17:00:00Z"),
                LeadRole.CO_LEAD);
        var supervised = supervisedBy(SUPERVISOR, LocalDate.of(2026, 3, 9));
        var intensive = intensive("American Balint Society leadership intensive, Chicago", LocalDate.of(2026, 5, 14));

        for (var entry : List.of(coLed, led, supervised, intensive)) {
            assertThat(logbook.record(CANDIDATE, entry).isValid()).isTrue();
        }

        var log = logbook.logOf(CANDIDATE);
        assertThat(log.ledSessions()).containsExactly(led, coLed);
        assertThat(log.supervisedSessions()).containsExactly(supervised);
        assertThat(log.intensives()).containsExactly(intensive);
        assertThat(log.entries()).hasSize(4);
        assertThat(store.find(CANDIDATE)).contains(log);
    }

    @Test
    @DisplayName("a candidate with nothing recorded has an empty log, and other candidates' entries stay theirs")
    void logsAreSeparate() {
        logbook.record(CANDIDATE, led(1, LocalDate.of(2026, 1, 12)));

        assertThat(logbook.logOf(SUPERVISOR)).isEqualTo(LeaderLog.empty(SUPERVISOR));
        assertThat(logbook.logOf(CANDIDATE).ledSessions()).hasSize(1);
    }

    @Test
    @DisplayName("a session dated one minute after now is refused as in the future; one at now is accepted")
    void ledSessionInFutureRefused() {
        var soon = new LedSession(MONDAY_GROUP, SessionNumber.of(4), NOW.plusSeconds(60), LeadRole.LEAD);
        var justNow = new LedSession(MONDAY_GROUP, SessionNumber.of(5), NOW, LeadRole.LEAD);

        assertThat(codes(logbook.record(CANDIDATE, soon))).containsExactly("date-in-future");
        assertThat(logbook.record(CANDIDATE, justNow).isValid()).isTrue();
    }

    @Test
    @DisplayName("a supervised session dated tomorrow is refused and one dated today is accepted")
    void supervisedSessionInFutureRefused() {
        var outcome = logbook.record(CANDIDATE, supervisedBy(SUPERVISOR, TODAY.plusDays(1)));

        assertThat(codes(outcome)).containsExactly("date-in-future");
        assertThat(outcome.violations().get(0).message()).contains("2026-11-29", "after today (2026-11-28)");
        assertThat(logbook.record(CANDIDATE, supervisedBy(SUPERVISOR, TODAY)).isValid()).isTrue();
    }

    @Test
    @DisplayName("today is the logbook's zone's date: late evening in Los Angeles is already tomorrow in UTC")
    void todayIsInTheLogbookZone() {
        var lateEveningInLosAngeles = Clock.fixed(Instant.parse("2026-11-29T05:00:00Z"), ZoneId.of("UTC"));
        var losAngeles = new LeaderLogbook(store, lateEveningInLosAngeles, ZoneId.of("America/Los_Angeles"));
        var utc = new LeaderLogbook(store, lateEveningInLosAngeles, ZoneId.of("UTC"));
        var onTheTwentyNinth = supervisedBy(SUPERVISOR, LocalDate.of(2026, 11, 29));

        assertThat(codes(losAngeles.record(CANDIDATE, onTheTwentyNinth))).containsExactly("date-in-future");
        assertThat(utc.record(CANDIDATE, onTheTwentyNinth).isValid()).isTrue();
    }

    @Test
    @DisplayName("an intensive that ends tomorrow is refused until it has ended")
    void unfinishedIntensiveRefused() {
        var ongoing = new IntensiveAttended("Balint Society intensive", TODAY.minusDays(1), TODAY.plusDays(1));

        assertThat(codes(logbook.record(CANDIDATE, ongoing))).containsExactly("date-in-future");
    }

    @Test
    @DisplayName("a candidate cannot supervise their own session")
    void supervisorIsCandidateRefused() {
        var outcome = logbook.record(CANDIDATE, supervisedBy(CANDIDATE, TODAY.minusDays(7)));

        assertThat(codes(outcome)).containsExactly("supervisor-is-candidate");
        assertThat(logbook.logOf(CANDIDATE).supervisedSessions()).isEmpty();
    }

    @Test
    @DisplayName("the same group session logged twice is refused, even with another date or role")
    void duplicateLedSessionRefused() {
        logbook.record(CANDIDATE, led(3, LocalDate.of(2026, 3, 9)));

        var again = new LedSession(MONDAY_GROUP, SessionNumber.of(3), Instant.parse("2026-03-16T19:00:00Z"),
                LeadRole.CO_LEAD);
        var outcome = logbook.record(CANDIDATE, again);

        assertThat(codes(outcome)).containsExactly("duplicate-led-session");
        assertThat(outcome.violations().get(0).message()).isEqualTo(
                "session 3 of group gp-trainees-monday is already in the log (led on 2026-03-09T19:00:00Z)");
        assertThat(logbook.record(CANDIDATE, new LedSession(THURSDAY_GROUP, SessionNumber.of(3),
                Instant.parse("2026-03-12T17:00:00Z"), LeadRole.LEAD)).isValid()).isTrue();
    }

    @Test
    @DisplayName("the same supervisor on the same day twice is refused, but another supervisor that day is accepted")
    void duplicateSupervisedSessionRefused() {
        var day = LocalDate.of(2026, 6, 1);
        logbook.record(CANDIDATE, supervisedBy(SUPERVISOR, day));

        assertThat(codes(logbook.record(CANDIDATE, supervisedBy(SUPERVISOR, day))))
                .containsExactly("duplicate-supervised-session");
        assertThat(logbook.record(CANDIDATE, supervisedBy(SECOND_SUPERVISOR, day)).isValid()).isTrue();
    }

    @Test
    @DisplayName("the same intensive twice is refused, whatever the capitalisation of its name")
    void duplicateIntensiveRefused() {
        logbook.record(CANDIDATE, intensive("Balint Society intensive, Chicago", LocalDate.of(2026, 5, 14)));

        var again = new IntensiveAttended("balint society INTENSIVE, chicago", LocalDate.of(2026, 5, 14),
                LocalDate.of(2026, 5, 15));

        assertThat(codes(logbook.record(CANDIDATE, again))).containsExactly("duplicate-intensive");
        assertThat(logbook.record(CANDIDATE, intensive("Balint Society intensive, Chicago",
                LocalDate.of(2025, 5, 14))).isValid()).isTrue();
    }

    @Test
    @DisplayName("an intensive without a name, or ending before it starts, is refused with both reasons")
    void unusableIntensiveRefused() {
        var outcome = logbook.record(CANDIDATE, new IntensiveAttended("  ", LocalDate.of(2026, 5, 16),
                LocalDate.of(2026, 5, 14)));

        assertThat(codes(outcome)).containsExactly("blank-intensive-name", "intensive-dates-inverted");
        assertThat(codes(logbook.record(CANDIDATE, IntensiveAttended.oneDay("i".repeat(201), TODAY))))
                .containsExactly("intensive-name-too-long");
        assertThat(logbook.record(CANDIDATE, IntensiveAttended.oneDay("Regional one-day intensive", TODAY)).isValid())
                .isTrue();
    }

    @Test
    @DisplayName("an entry breaking several rules gets every reason and the log is left as it was")
    void everyReasonNothingApplied() {
        var day = TODAY.plusDays(3);
        logbook.record(CANDIDATE, supervisedBy(SUPERVISOR, TODAY));
        var before = logbook.logOf(CANDIDATE);

        var outcome = logbook.record(CANDIDATE, supervisedBy(CANDIDATE, day));

        assertThat(codes(outcome)).containsExactly("supervisor-is-candidate", "date-in-future");
        assertThat(logbook.logOf(CANDIDATE)).isEqualTo(before);
    }

    @Test
    @DisplayName("someone else's identifier as supervisor is accepted")
    void anotherSupervisorAccepted() {
        assertThat(logbook.record(CANDIDATE, supervisedBy(new MemberId("dr-ng"), TODAY)).isValid()).isTrue();
    }

    private static List<String> codes(Validated<LeaderLog> outcome) {
        return outcome.violations().stream().map(Violation::code).toList();
    }
}
