package org.balint.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.credit.SeriesFixture.eightWeeklyNinetyMinuteSessions;
import static org.balint.core.credit.SeriesFixture.familyPhysician;
import static org.balint.core.credit.SeriesFixture.present;
import static org.balint.core.credit.SeriesFixture.presentThroughout;

import java.time.Duration;
import java.util.List;
import org.balint.core.attendance.PresenceInterval;
import org.balint.core.attendance.SessionAttendance;
import org.balint.core.group.Member;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MemberAttendanceInputTest {

    private static final Member DR_ADAMS = familyPhysician("adams");
    private static final Member DR_FOX = familyPhysician("fox");

    private final List<ScheduledSession> series = eightWeeklyNinetyMinuteSessions();
    private final CreditProgramme programme = CreditProgramme.of(AafpPrescribedPolicy.preset(),
            AttendanceCertificatePolicy.preset());

    @Test
    @DisplayName("attendance of another member, of an unscheduled session, or twice for one session is refused with every reason")
    void badRecordsAreRefused() {
        var ninth = new SessionAttendance(DR_ADAMS.id(), SessionNumber.of(9), List.of(new PresenceInterval(
                series.get(7).start().plus(Duration.ofDays(7)), series.get(7).start().plus(Duration.ofDays(7)).plusSeconds(3600))));
        var attendance = List.of(presentThroughout(DR_ADAMS, series.get(0)), presentThroughout(DR_FOX, series.get(1)),
                ninth, present(DR_ADAMS, series.get(0), 0, 30));

        var statement = programme.prepare(series).orElseThrow().evaluate(DR_ADAMS, attendance,
                EvaluationCompletion.COMPLETED);
        var decision = programme.prepare(series).orElseThrow().policy(CreditType.AAFP_PRESCRIBED).orElseThrow()
                .evaluate(DR_ADAMS, attendance, EvaluationCompletion.COMPLETED);

        assertThat(statement.violations()).extracting(Violation::code).containsExactly("attendance-of-another-member",
                "attendance-for-unknown-session", "duplicate-session-attendance");
        assertThat(decision.violations()).isEqualTo(statement.violations());
        assertThat(statement.violations().get(0).message()).isEqualTo("The attendance for session 2 belongs to member"
                + " fox, not to member adams: evaluate each member with their own attendance.");
    }

    @Test
    @DisplayName("a session without an attendance record counts as missed")
    void missingRecordIsAbsence() {
        var decision = programme.prepare(series).orElseThrow().evaluate(DR_ADAMS,
                presentThroughout(DR_ADAMS, series.subList(0, 2)), EvaluationCompletion.COMPLETED).orElseThrow()
                .decision(CreditType.AAFP_PRESCRIBED).orElseThrow();

        assertThat(decision.sessions()).extracting(SessionFinding::minutesThatCount)
                .containsExactly(90L, 90L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(((CreditDecision.Eligible) decision).creditEarned()).isEqualTo(CreditHours.ofQuarterHours(12));
    }
}
