package org.balint.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.credit.SeriesFixture.credit;
import static org.balint.core.credit.SeriesFixture.eightWeeklyNinetyMinuteSessions;
import static org.balint.core.credit.SeriesFixture.familyPhysician;
import static org.balint.core.credit.SeriesFixture.oneSessionOf;
import static org.balint.core.credit.SeriesFixture.present;
import static org.balint.core.credit.SeriesFixture.presentThroughout;
import static org.balint.core.credit.SeriesFixture.psychologist;

import java.math.BigDecimal;
import java.util.List;
import org.balint.core.group.Member;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AafpPrescribedCreditTest {

    private static final Member DR_ADAMS = familyPhysician("adams");

    /** A 90-minute session whose first 10 minutes are welcome and announcements: 80 formal minutes. */
    private final List<ScheduledSession> sessionWithWelcome = oneSessionOf(90);
    private final ScheduledSession session = sessionWithWelcome.get(0);
    private final AafpPrescribedPolicy policyWithWelcome = AafpPrescribedPolicy.preset()
            .withNonEducationalTime(NonEducationalWindow.openingMinutes(session, 10, "welcome and announcements"));

    private static CreditDecision decide(AafpPrescribedPolicy policy, List<ScheduledSession> schedule, Member member,
            List<org.balint.core.attendance.SessionAttendance> attendance) {
        return policy.prepare(schedule).orElseThrow().evaluate(member, attendance, EvaluationCompletion.NOT_COMPLETED)
                .orElseThrow();
    }

    @Test
    @DisplayName("55 minutes of formal time attended earn 1.00 credit")
    void fiftyFiveFormalMinutesEarnOneCredit() {
        var decision = decide(policyWithWelcome, sessionWithWelcome, DR_ADAMS, List.of(present(DR_ADAMS, session, 10, 65)));

        assertThat(decision).isInstanceOf(CreditDecision.Eligible.class);
        assertThat(((CreditDecision.Eligible) decision).creditEarned()).isEqualTo(credit("1.00"));
        assertThat(decision.sessions().get(0).minutesThatCount()).isEqualTo(55);
        assertThat(decision.sessions().get(0).minutesScheduled()).isEqualTo(80);
    }

    @Test
    @DisplayName("50 minutes of formal time attended earn 0.75 credit")
    void fiftyFormalMinutesEarnThreeQuarters() {
        var decision = decide(policyWithWelcome, sessionWithWelcome, DR_ADAMS, List.of(present(DR_ADAMS, session, 10, 60)));

        assertThat(((CreditDecision.Eligible) decision).creditEarned()).isEqualTo(credit("0.75"));
    }

    @Test
    @DisplayName("minutes spent in the welcome and announcements earn no credit")
    void nonEducationalMinutesAreExcluded() {
        // Present for the whole 90 minutes, of which 10 are non-educational: 80 formal minutes → 1.25 (not 1.50).
        var decision = decide(policyWithWelcome, sessionWithWelcome, DR_ADAMS, List.of(presentThroughout(DR_ADAMS, session)));

        assertThat(((CreditDecision.Eligible) decision).creditEarned()).isEqualTo(credit("1.25"));
        assertThat(decision.sessions().get(0).note()).contains("10 minutes non-educational excluded");
    }

    @Test
    @DisplayName("overlapping non-educational windows are excluded once, at the start and at the end of a session")
    void overlappingWindowsAreExcludedOnce() {
        // Welcome 0–10, announcements 5–15 and a closing 10 minutes: 90 − 15 − 10 = 65 formal minutes → 1.00.
        var policy = AafpPrescribedPolicy.preset().withNonEducationalTime(
                NonEducationalWindow.openingMinutes(session, 10, "welcome"),
                new NonEducationalWindow(session.number(), SeriesFixture.minute(session, 5),
                        SeriesFixture.minute(session, 15), "announcements"),
                NonEducationalWindow.closingMinutes(session, 10, "evaluation reminder"));

        var decision = decide(policy, sessionWithWelcome, DR_ADAMS, List.of(presentThroughout(DR_ADAMS, session)));

        assertThat(decision.sessions().get(0).minutesScheduled()).isEqualTo(65);
        assertThat(decision.sessions().get(0).minutesThatCount()).isEqualTo(65);
        assertThat(((CreditDecision.Eligible) decision).creditEarned()).isEqualTo(credit("1.00"));
    }

    @Test
    @DisplayName("a member who attended only the welcome gets no credit, and the reason says so")
    void onlyWelcomeAttendedIsNotEligible() {
        var decision = decide(policyWithWelcome, sessionWithWelcome, DR_ADAMS, List.of(present(DR_ADAMS, session, 0, 12)));

        assertThat(decision).isInstanceOf(CreditDecision.NotEligible.class);
        assertThat(((CreditDecision.NotEligible) decision).reasons()).extracting(Violation::code)
                .containsExactly("no-formal-time-attended");
    }

    @ParameterizedTest(name = "{0} formal minutes earn {1} credit")
    @DisplayName("per session, formal minutes ÷ 60 are rounded to the nearest quarter hour")
    @CsvSource({"7, 0.00", "8, 0.25", "22, 0.25", "23, 0.50", "37, 0.50", "38, 0.75", "52, 0.75", "53, 1.00",
        "55, 1.00", "60, 1.00", "90, 1.50"})
    void formalMinutesRoundToNearestQuarterHour(int minutes, String expected) {
        var sessions = oneSessionOf(90);
        var decision = decide(AafpPrescribedPolicy.preset(), sessions, DR_ADAMS,
                List.of(present(DR_ADAMS, sessions.get(0), 0, minutes)));

        assertThat(decision.evidence().attained()).isEqualTo(new CreditAward.Credit(credit(expected)));
    }

    @Test
    @DisplayName("a session earns no more than the credit approved for it")
    void approvedCreditCapsTheSession() {
        var sessions = oneSessionOf(90);
        var policy = AafpPrescribedPolicy.preset().withApprovedCredit(SessionNumber.of(1), new BigDecimal("0.75"));

        var decision = decide(policy, sessions, DR_ADAMS, presentThroughout(DR_ADAMS, sessions));

        assertThat(((CreditDecision.Eligible) decision).creditEarned()).isEqualTo(credit("0.75"));
        var cap = decision.outcomeOf(CreditRule.APPROVED_CREDIT_CAP).orElseThrow();
        assertThat(cap.met()).isTrue();
        assertThat(cap.sessions()).extracting(SessionFinding::session).containsExactly(SessionNumber.of(1));
        assertThat(decision.sessions().get(0).note()).contains("capped from 1.50 at the 0.75 credit approved");
    }

    @Test
    @DisplayName("a session not listed is approved for its formal time in whole quarter hours")
    void unlistedSessionIsApprovedForItsFormalTime() {
        // 53 formal minutes round to 1.00, but the session is approved for the 0.75 that fits into them.
        var sessions = oneSessionOf(53);
        var decision = decide(AafpPrescribedPolicy.preset(), sessions, DR_ADAMS, presentThroughout(DR_ADAMS, sessions));

        assertThat(((CreditDecision.Eligible) decision).creditEarned()).isEqualTo(credit("0.75"));
    }

    @Test
    @DisplayName("a long session earns no more than the per-session maximum of 3.75")
    void perSessionMaximumCapsLongSessions() {
        var sessions = oneSessionOf(300);

        var preset = decide(AafpPrescribedPolicy.preset(), sessions, DR_ADAMS, presentThroughout(DR_ADAMS, sessions));
        var lowered = decide(AafpPrescribedPolicy.preset().withPerSessionMaximum(new BigDecimal("2")), sessions,
                DR_ADAMS, presentThroughout(DR_ADAMS, sessions));

        assertThat(((CreditDecision.Eligible) preset).creditEarned()).isEqualTo(credit("3.75"));
        assertThat(((CreditDecision.Eligible) lowered).creditEarned()).isEqualTo(credit("2.00"));
        assertThat(preset.outcomeOf(CreditRule.PER_SESSION_MAXIMUM).orElseThrow().sessions()).hasSize(1);
        assertThat(preset.sessions().get(0).note()).contains("capped from 5.00 at the per-session maximum of 3.75");
    }

    @Test
    @DisplayName("credit is worked out per session and summed over the series")
    void creditIsSummedOverTheSeries() {
        var sessions = eightWeeklyNinetyMinuteSessions();
        // Sessions 1–6 in full (1.50 each = 9.00), session 7 for 55 minutes (1.00), session 8 missed.
        var attendance = new java.util.ArrayList<>(presentThroughout(DR_ADAMS, sessions.subList(0, 6)));
        attendance.add(present(DR_ADAMS, sessions.get(6), 0, 55));

        var decision = decide(AafpPrescribedPolicy.preset(), sessions, DR_ADAMS, attendance);

        assertThat(((CreditDecision.Eligible) decision).creditEarned()).isEqualTo(credit("10.00"));
        var formalTime = decision.outcomeOf(CreditRule.FORMAL_TIME_ATTENDED).orElseThrow();
        assertThat(formalTime.sessions()).hasSize(7);
        assertThat(formalTime.explanation()).startsWith("595 minutes of formal time attended earn 10.00 credit");
    }

    @Test
    @DisplayName("a member who drops and rejoins is credited for the formal minutes of every stretch")
    void dropAndRejoinCountsEveryStretch() {
        // 10–40 and 50–75: 30 + 25 = 55 formal minutes.
        var decision = decide(policyWithWelcome, sessionWithWelcome, DR_ADAMS,
                List.of(present(DR_ADAMS, session, 5, 40, 50, 75)));

        assertThat(((CreditDecision.Eligible) decision).creditEarned()).isEqualTo(credit("1.00"));
    }

    @Test
    @DisplayName("presence before the session starts or after it ends is not counted")
    void presenceOutsideTheSessionIsNotCounted() {
        var sessions = oneSessionOf(60);
        var attendance = new org.balint.core.attendance.SessionAttendance(DR_ADAMS.id(), SessionNumber.of(1),
                List.of(new org.balint.core.attendance.PresenceInterval(SeriesFixture.minute(sessions.get(0), -30),
                        SeriesFixture.minute(sessions.get(0), 20))));

        var decision = decide(AafpPrescribedPolicy.preset(), sessions, DR_ADAMS, List.of(attendance));

        assertThat(decision.sessions().get(0).minutesThatCount()).isEqualTo(20);
        assertThat(decision.evidence().attained()).isEqualTo(new CreditAward.Credit(credit("0.25")));
    }

    @Test
    @DisplayName("AAFP credit is offered to physicians; anyone else is told why not, along with every other unmet rule")
    void otherProfessionsAreNotOffered() {
        var sessions = oneSessionOf(90);
        Member psychologist = psychologist("baker");

        var decision = decide(AafpPrescribedPolicy.preset(), sessions, psychologist, List.of());

        assertThat(((CreditDecision.NotEligible) decision).reasons()).extracting(Violation::code)
                .containsExactly("not-offered-to-profession", "no-formal-time-attended");
        assertThat(decision.rules()).extracting(RuleOutcome::rule).containsExactly(CreditRule.OFFERED_TO_PROFESSION,
                CreditRule.FORMAL_TIME_ATTENDED, CreditRule.APPROVED_CREDIT_CAP, CreditRule.PER_SESSION_MAXIMUM);
        assertThat(decision.outcomeOf(CreditRule.OFFERED_TO_PROFESSION).orElseThrow().explanation())
                .isEqualTo("The group offers AAFP Prescribed credit to physicians only; this member is a psychologist.");
    }

    @Test
    @DisplayName("a group that requires the evaluation releases AAFP credit only once it is completed")
    void evaluationRequiredWhenTheGroupAsks() {
        var sessions = oneSessionOf(90);
        var prepared = AafpPrescribedPolicy.preset().withEvaluationRequired(true).prepare(sessions).orElseThrow();
        var attendance = presentThroughout(DR_ADAMS, sessions);

        var pending = prepared.evaluate(DR_ADAMS, attendance, EvaluationCompletion.NOT_COMPLETED).orElseThrow();
        var released = prepared.evaluate(DR_ADAMS, attendance, EvaluationCompletion.COMPLETED).orElseThrow();

        assertThat(((CreditDecision.NotEligible) pending).reasons()).extracting(Violation::code)
                .containsExactly("evaluation-not-completed");
        assertThat(pending.evidence().attained()).isEqualTo(new CreditAward.Credit(credit("1.50")));
        assertThat(released.isEligible()).isTrue();
    }

    @Test
    @DisplayName("AAFP credit is reported toward the AMA PRA as Prescribed credit")
    void reportedAsPrescribedCredit() {
        assertThat(CreditType.AAFP_PRESCRIBED.amaPraLabel()).contains(AmaPraLabel.PRESCRIBED_CREDIT);
        assertThat(AmaPraLabel.PRESCRIBED_CREDIT.text()).isEqualTo("Prescribed credit");
    }

    @Test
    @DisplayName("no label Balint can print for credit says Category 1")
    void categoryOneIsUnrepresentable() {
        assertThat(AmaPraLabel.values()).containsExactly(AmaPraLabel.PRESCRIBED_CREDIT);
        for (AmaPraLabel label : AmaPraLabel.values()) {
            assertThat(label.text()).doesNotContainIgnoringCase("category");
        }
        for (CreditType type : CreditType.values()) {
            assertThat(type.label()).doesNotContainIgnoringCase("category");
            type.amaPraLabel().ifPresent(label -> assertThat(label.text()).isEqualTo("Prescribed credit"));
        }
        assertThat(CreditType.APA_CE.amaPraLabel()).isEmpty();
    }
}
