package org.balint.core.credit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.balint.core.attendance.PresenceInterval;
import org.balint.core.attendance.SessionAttendance;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;

/** Series, members and attendance for credit scenarios, in the words a group leader would use. */
final class SeriesFixture {

    /** The first session of every fixture series: a Wednesday evening. */
    static final Instant FIRST_SESSION = Instant.parse("2026-01-07T18:00:00Z");

    private SeriesFixture() {
    }

    /** The usual series: eight weekly sessions of 90 minutes. */
    static List<ScheduledSession> eightWeeklyNinetyMinuteSessions() {
        return weeklySessions(8, 90);
    }

    /** {@code count} weekly sessions of {@code minutes} each. */
    static List<ScheduledSession> weeklySessions(int count, int minutes) {
        var sessions = new ArrayList<ScheduledSession>();
        for (int n = 1; n <= count; n++) {
            sessions.add(new ScheduledSession(SessionNumber.of(n), FIRST_SESSION.plus(Duration.ofDays(7L * (n - 1))),
                    Duration.ofMinutes(minutes)));
        }
        return List.copyOf(sessions);
    }

    /** One session of {@code minutes}. */
    static List<ScheduledSession> oneSessionOf(int minutes) {
        return weeklySessions(1, minutes);
    }

    static Member familyPhysician(String id) {
        return member(id, "Dr " + id, Profession.physician("family medicine"));
    }

    static Member psychologist(String id) {
        return member(id, id + ", PhD", Profession.psychologist());
    }

    static Member socialWorker(String id) {
        return member(id, id + ", LCSW", Profession.socialWorker());
    }

    static Member nursePractitioner(String id) {
        return member(id, id + ", NP", Profession.nursePractitioner());
    }

    static Member chaplain(String id) {
        return member(id, id, Profession.other("chaplain"));
    }

    private static Member member(String id, String name, Profession profession) {
        return new Member(new MemberId(id), name, profession, ContactDetails.email(id + "@clinic.example"));
    }

    /**
     * {@code member} present in {@code session} for the given stretches, each a pair of minutes from the
     * session's start: {@code present(m, s, 0, 30, 45, 90)} joined at the start, dropped at 30, rejoined
     * at 45 and stayed to the end of a 90-minute session.
     */
    static SessionAttendance present(Member member, ScheduledSession session, int... fromToMinutes) {
        if (fromToMinutes.length % 2 != 0) {
            throw new IllegalArgumentException("give pairs of minutes");
        }
        var presence = new ArrayList<PresenceInterval>();
        for (int i = 0; i < fromToMinutes.length; i += 2) {
            presence.add(new PresenceInterval(minute(session, fromToMinutes[i]), minute(session, fromToMinutes[i + 1])));
        }
        return new SessionAttendance(member.id(), session.number(), presence);
    }

    /** {@code member} present from the start to the end of {@code session}. */
    static SessionAttendance presentThroughout(Member member, ScheduledSession session) {
        return present(member, session, 0, (int) session.duration().toMinutes());
    }

    /** {@code member} present from start to end of every session in {@code sessions}. */
    static List<SessionAttendance> presentThroughout(Member member, List<ScheduledSession> sessions) {
        return sessions.stream().map(session -> presentThroughout(member, session)).toList();
    }

    static Instant minute(ScheduledSession session, int minutesFromStart) {
        return session.start().plus(Duration.ofMinutes(minutesFromStart));
    }

    static CreditHours credit(String amount) {
        return CreditHours.parse(amount).orElseThrow();
    }
}
