package org.balint.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.credit.SeriesFixture.credit;
import static org.balint.core.credit.SeriesFixture.familyPhysician;
import static org.balint.core.credit.SeriesFixture.minute;
import static org.balint.core.credit.SeriesFixture.oneSessionOf;
import static org.balint.core.credit.SeriesFixture.present;
import static org.balint.core.credit.SeriesFixture.presentThroughout;
import static org.balint.core.credit.SeriesFixture.psychologist;

import java.util.List;
import org.balint.core.attendance.SessionAttendance;
import org.balint.core.group.Member;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApaCeCreditTest {

    private static final Member DR_BAKER = psychologist("baker");

    /** A three-hour session: three full instructional hours. */
    private final List<ScheduledSession> threeHours = oneSessionOf(180);
    private final ScheduledSession session = threeHours.get(0);

    private static CreditDecision decide(ApaCePolicy policy, List<ScheduledSession> schedule, Member member,
            List<SessionAttendance> attendance) {
        return policy.prepare(schedule).orElseThrow().evaluate(member, attendance, EvaluationCompletion.COMPLETED)
                .orElseThrow();
    }

    private static CreditHours earned(CreditDecision decision) {
        return ((CreditDecision.Eligible) decision).creditEarned();
    }

    @Test
    @DisplayName("a member who missed 20 minutes in a row in hour 2 forfeits that hour")
    void twentyMinuteGapInHourTwoForfeitsIt() {
        var decision = decide(ApaCePolicy.preset(), threeHours, DR_BAKER, List.of(present(DR_BAKER, session, 0, 70, 90, 180)));

        assertThat(earned(decision)).isEqualTo(credit("2"));
        assertThat(decision.sessions().get(0).note())
                .contains("hour 1 earned", "hour 2 forfeited (20 consecutive minutes missed, more than the 15 allowed)",
                        "hour 3 earned");
    }

    @Test
    @DisplayName("missing exactly the allowed 15 minutes keeps the hour; 16 minutes forfeit it")
    void allowanceIsInclusive() {
        var fifteen = decide(ApaCePolicy.preset(), threeHours, DR_BAKER, List.of(present(DR_BAKER, session, 0, 70, 85, 180)));
        var sixteen = decide(ApaCePolicy.preset(), threeHours, DR_BAKER, List.of(present(DR_BAKER, session, 0, 70, 86, 180)));

        assertThat(earned(fifteen)).isEqualTo(credit("3"));
        assertThat(earned(sixteen)).isEqualTo(credit("2"));
    }

    @Test
    @DisplayName("two short absences in one hour do not add up: only consecutive minutes missed count")
    void shortAbsencesDoNotAddUp() {
        var decision = decide(ApaCePolicy.preset(), threeHours, DR_BAKER,
                List.of(present(DR_BAKER, session, 0, 65, 75, 100, 110, 180)));

        assertThat(earned(decision)).isEqualTo(credit("3"));
    }

    @Test
    @DisplayName("each hour is judged on its own: a 20-minute gap split 10 and 10 across two hours forfeits neither")
    void gapAcrossTwoHoursIsSplit() {
        var decision = decide(ApaCePolicy.preset(), threeHours, DR_BAKER, List.of(present(DR_BAKER, session, 0, 50, 70, 180)));

        assertThat(earned(decision)).isEqualTo(credit("3"));
    }

    @Test
    @DisplayName("a remainder under 60 minutes earns nothing: a 90-minute session gives at most 1 credit")
    void remainderUnderAnHourEarnsNothing() {
        var sessions = oneSessionOf(90);

        var decision = decide(ApaCePolicy.preset(), sessions, DR_BAKER, presentThroughout(DR_BAKER, sessions));

        assertThat(earned(decision)).isEqualTo(credit("1"));
        assertThat(decision.sessions().get(0).minutesScheduled()).isEqualTo(60);
        assertThat(decision.sessions().get(0).note()).contains("the last 30 minutes of instructional time are not a full hour");
    }

    @Test
    @DisplayName("hours are counted from the instructional start, not from the session start")
    void hoursCountFromTheInstructionalStart() {
        var sessions = oneSessionOf(120);
        ScheduledSession twoHours = sessions.get(0);
        var policy = ApaCePolicy.preset().withInstructionalStart(SessionNumber.of(1), minute(twoHours, 30));
        // Arrives 30 minutes late: before instruction starts, so nothing is missed; only one full hour fits.
        var attendance = List.of(present(DR_BAKER, twoHours, 30, 120));

        var decision = decide(policy, sessions, DR_BAKER, attendance);
        var withoutInstructionalStart = decide(ApaCePolicy.preset(), sessions, DR_BAKER, attendance);

        assertThat(earned(decision)).isEqualTo(credit("1"));
        assertThat(earned(withoutInstructionalStart)).isEqualTo(credit("1"));
        assertThat(withoutInstructionalStart.sessions().get(0).note()).contains("hour 1 forfeited");
        assertThat(decision.sessions().get(0).note()).contains("hour 1 earned", "the last 30 minutes");
    }

    @Test
    @DisplayName("the allowance of consecutive minutes missed can be adjusted per group")
    void allowanceIsAdjustable() {
        var strict = ApaCePolicy.preset().withMaximumConsecutiveMinutesMissed(5);

        var decision = decide(strict, threeHours, DR_BAKER, List.of(present(DR_BAKER, session, 0, 70, 80, 180)));

        assertThat(earned(decision)).isEqualTo(credit("2"));
    }

    @Test
    @DisplayName("APA credit waits for a completed evaluation, and the decision shows what is waiting")
    void evaluationIsRequired() {
        var prepared = ApaCePolicy.preset().prepare(threeHours).orElseThrow();

        var decision = prepared.evaluate(DR_BAKER, presentThroughout(DR_BAKER, threeHours),
                EvaluationCompletion.NOT_COMPLETED).orElseThrow();

        assertThat(((CreditDecision.NotEligible) decision).reasons()).extracting(Violation::code)
                .containsExactly("evaluation-not-completed");
        assertThat(decision.evidence().attained()).isEqualTo(new CreditAward.Credit(credit("3")));
        assertThat(decision.outcomeOf(CreditRule.FULL_HOURS_ATTENDED).orElseThrow().met()).isTrue();
    }

    @Test
    @DisplayName("a member absent all session is told no full hour was attended, besides the missing evaluation")
    void absentMemberGetsEveryReason() {
        var prepared = ApaCePolicy.preset().prepare(threeHours).orElseThrow();

        var decision = prepared.evaluate(DR_BAKER, List.of(), EvaluationCompletion.NOT_COMPLETED).orElseThrow();

        assertThat(((CreditDecision.NotEligible) decision).reasons()).extracting(Violation::code)
                .containsExactly("no-full-hour-attended", "evaluation-not-completed");
    }

    @Test
    @DisplayName("APA credit is offered to psychologists; a physician is told why not")
    void offeredToPsychologists() {
        Member physician = familyPhysician("adams");

        var decision = decide(ApaCePolicy.preset(), threeHours, physician, presentThroughout(physician, threeHours));

        assertThat(((CreditDecision.NotEligible) decision).reasons()).extracting(Violation::code)
                .containsExactly("not-offered-to-profession");
    }

    @Test
    @DisplayName("APA credit is claimed in whole credits only")
    void claimedInWholeCredits() {
        var decision = (CreditDecision.Eligible) decide(ApaCePolicy.preset(), threeHours, DR_BAKER,
                presentThroughout(DR_BAKER, threeHours));

        assertThat(decision.claim(credit("1.5")).violations()).extracting(Violation::code)
                .containsExactly("claim-not-whole-credit");
        assertThat(decision.claim(credit("2")).orElseThrow().claimed()).isEqualTo(credit("2"));
    }
}
