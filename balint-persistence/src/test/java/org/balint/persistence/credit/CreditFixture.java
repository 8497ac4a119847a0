package org.balint.persistence.credit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.balint.core.attendance.PresenceInterval;
import org.balint.core.attendance.SessionAttendance;
import org.balint.core.credit.AafpPrescribedPolicy;
import org.balint.core.credit.ApaCePolicy;
import org.balint.core.credit.AttendanceCertificatePolicy;
import org.balint.core.credit.CreditClaim;
import org.balint.core.credit.CreditDecision;
import org.balint.core.credit.CreditHours;
import org.balint.core.credit.CreditPolicy;
import org.balint.core.credit.EvaluationCompletion;
import org.balint.core.credit.SeriesCompletionPolicy;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;

/**
 * A spring series of eight weekly 90-minute sessions and the credit decisions its members get, in the
 * words a group leader would use. Decisions come from the core's own policies, never made up.
 */
public final class CreditFixture {

    /** The first session: a Wednesday evening in March 2026. */
    public static final Instant FIRST_SESSION = Instant.parse("2026-03-04T18:00:00Z");
    /** When the eighth and last session ends (22 April 2026, 19:30 UTC). */
    public static final Instant SERIES_END = FIRST_SESSION.plus(Duration.ofDays(49)).plus(Duration.ofMinutes(90));
    /** The most AAFP credit the series offers: 8 sessions of 1.50. */
    public static final CreditHours SERIES_MAXIMUM = CreditHours.ofQuarterHours(48);

    public static final GroupId SPRING_GROUP = new GroupId("balint-spring-2026");
    public static final GroupId AUTUMN_GROUP = new GroupId("balint-autumn-2026");

    private CreditFixture() {
    }

    /** Eight weekly sessions of 90 minutes from {@link #FIRST_SESSION}. */
    public static List<ScheduledSession> eightWeeklySessions() {
        List<ScheduledSession> sessions = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            sessions.add(new ScheduledSession(SessionNumber.of(n), FIRST_SESSION.plus(Duration.ofDays(7L * (n - 1))),
                    Duration.ofMinutes(90)));
        }
        return List.copyOf(sessions);
    }

    public static Member familyPhysician(String id) {
        return new Member(new MemberId(id), "Dr " + id, Profession.physician("family medicine"),
                ContactDetails.email(id + "@clinic.example"));
    }

    public static Member psychologist(String id) {
        return new Member(new MemberId(id), id + ", PhD", Profession.psychologist(),
                ContactDetails.email(id + "@clinic.example"));
    }

    /** A member present for every session, but only {@code minutesInSession3} of the third. */
    public static List<SessionAttendance> attendance(Member member, int minutesInSession3, int sessionsAttended) {
        List<SessionAttendance> records = new ArrayList<>();
        for (ScheduledSession session : eightWeeklySessions()) {
            if (session.number().value() > sessionsAttended) {
                continue;
            }
            long minutes = session.number().value() == 3 ? minutesInSession3 : 90;
            if (minutes > 0) {
                records.add(new SessionAttendance(member.id(), session.number(), List.of(
                        new PresenceInterval(session.start(), session.start().plus(Duration.ofMinutes(minutes))))));
            }
        }
        return records;
    }

    /** AAFP credit for a family physician who attended everything but left session 3 after {@code minutes}. */
    public static CreditDecision aafp(Member member, int minutesInSession3) {
        return decide(AafpPrescribedPolicy.preset(), member, attendance(member, minutesInSession3, 8),
                EvaluationCompletion.COMPLETED);
    }

    /** APA credit for a psychologist who attended everything but did not complete the evaluation. */
    public static CreditDecision apaWithoutEvaluation(Member member) {
        return decide(ApaCePolicy.preset(), member, attendance(member, 90, 8), EvaluationCompletion.NOT_COMPLETED);
    }

    /** Series completion for a member who attended the first {@code sessions} sessions throughout. */
    public static CreditDecision seriesCompletion(Member member, int sessions) {
        return decide(SeriesCompletionPolicy.preset("Practice improvement track"), member,
                attendance(member, 90, sessions), EvaluationCompletion.NOT_COMPLETED);
    }

    /** A certificate of attendance for a member who attended everything but left session 3 after {@code minutes}. */
    public static CreditDecision attendanceCertificate(Member member, int minutesInSession3) {
        return decide(AttendanceCertificatePolicy.preset(), member, attendance(member, minutesInSession3, 8),
                EvaluationCompletion.NOT_COMPLETED);
    }

    /** The member claims {@code quarterHours} × 0.25 of the credit {@code decision} awards. */
    public static CreditClaim claim(CreditDecision decision, long quarterHours) {
        return ((CreditDecision.Eligible) decision).claim(CreditHours.ofQuarterHours(quarterHours)).orElseThrow();
    }

    private static CreditDecision decide(CreditPolicy policy, Member member, List<SessionAttendance> attendance,
            EvaluationCompletion evaluation) {
        return policy.prepare(eightWeeklySessions()).orElseThrow().evaluate(member, attendance, evaluation).orElseThrow();
    }
}
