package org.balint.core.leadership;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;
import org.balint.core.leadership.LogEntry.IntensiveAttended;
import org.balint.core.leadership.LogEntry.LedSession;
import org.balint.core.leadership.LogEntry.SupervisedSession;

/** A leader candidate in London, their supervisors and groups, and today's date. */
final class LeadershipFixtures {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Clock CLOCK = Clock.fixed(NOW, LONDON);

    static final MemberId CANDIDATE = new MemberId("dr-adeyemi");
    static final MemberId SUPERVISOR = new MemberId("dr-hartmann");
    static final MemberId SECOND_SUPERVISOR = new MemberId("dr-salas");
    static final GroupId MONDAY_GROUP = new GroupId("gp-trainees-monday");
    static final GroupId THURSDAY_GROUP = new GroupId("hospice-nurses-thursday");

    private LeadershipFixtures() {
    }

    /** Session {@code number} of the Monday group, led at 19:00 London time on {@code day}. */
    static LedSession led(int number, LocalDate day) {
        return new LedSession(MONDAY_GROUP, SessionNumber.of(number), day.atTime(LocalTime.of(19, 0)).atZone(LONDON)
                .toInstant(), LeadRole.LEAD);
    }

    /**
     * One session of the Monday group led on the 10th of each of {@code count} months from {@code first};
     * sessions are numbered by month, so that logs built from several calls never repeat a session.
     */
    static List<LedSession> monthly(YearMonth first, int count) {
        var sessions = new ArrayList<LedSession>();
        for (int i = 0; i < count; i++) {
            var month = first.plusMonths(i);
            int number = (month.getYear() - 2000) * 12 + month.getMonthValue();
            sessions.add(led(number, month.atDay(10)));
        }
        return sessions;
    }

    static SupervisedSession supervisedBy(MemberId supervisor, LocalDate date) {
        return new SupervisedSession(supervisor, date);
    }

    /** {@code count} sessions supervised by Dr Hartmann, one a week from {@code first}. */
    static List<SupervisedSession> weeklySupervision(LocalDate first, int count) {
        var sessions = new ArrayList<SupervisedSession>();
        for (int i = 0; i < count; i++) {
            sessions.add(supervisedBy(SUPERVISOR, first.plusWeeks(i)));
        }
        return sessions;
    }

    static IntensiveAttended intensive(String name, LocalDate firstDay) {
        return new IntensiveAttended(name, firstDay, firstDay.plusDays(2));
    }
}
