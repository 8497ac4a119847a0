package org.balint.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.credit.SeriesFixture.chaplain;
import static org.balint.core.credit.SeriesFixture.credit;
import static org.balint.core.credit.SeriesFixture.eightWeeklyNinetyMinuteSessions;
import static org.balint.core.credit.SeriesFixture.present;
import static org.balint.core.credit.SeriesFixture.presentThroughout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.balint.core.group.Member;
import org.balint.core.group.ScheduledSession;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AttendanceCertificateTest {

    private static final Member DANA = chaplain("dana");

    private final List<ScheduledSession> series = eightWeeklyNinetyMinuteSessions();
    private final PreparedCreditPolicy certificate = AttendanceCertificatePolicy.preset().prepare(series).orElseThrow();

    @Test
    @DisplayName("a certificate of attendance states the hours attended over the series")
    void hoursAttendedAreSummed() {
        // Seven full sessions (630 minutes) and 15 minutes of the eighth: 10 hours 45 minutes.
        var attendance = new ArrayList<>(presentThroughout(DANA, series.subList(0, 7)));
        attendance.add(present(DANA, series.get(7), 0, 15));

        var decision = (CreditDecision.Eligible) certificate.evaluate(DANA, attendance,
                EvaluationCompletion.NOT_COMPLETED).orElseThrow();

        var attended = (CreditAward.TimeAttended) decision.award();
        assertThat(attended.duration()).isEqualTo(Duration.ofMinutes(645));
        assertThat(attended).hasToString("10 hours 45 minutes");
    }

    @Test
    @DisplayName("a certificate of attendance makes no credit claim")
    void noCreditClaim() {
        var decision = (CreditDecision.Eligible) certificate.evaluate(DANA, presentThroughout(DANA, series),
                EvaluationCompletion.NOT_COMPLETED).orElseThrow();

        assertThat(decision.creditEarned()).isEqualTo(CreditHours.ZERO);
        assertThat(decision.claim(credit("1")).violations()).extracting(Violation::code)
                .containsExactly("no-credit-to-claim");
    }

    @Test
    @DisplayName("a member who attended nothing has nothing to certify")
    void nothingAttended() {
        var decision = certificate.evaluate(DANA, List.of(), EvaluationCompletion.COMPLETED).orElseThrow();

        assertThat(((CreditDecision.NotEligible) decision).reasons()).extracting(Violation::code)
                .containsExactly("no-time-attended");
    }
}
