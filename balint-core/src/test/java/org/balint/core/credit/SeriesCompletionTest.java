package org.balint.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.credit.SeriesFixture.eightWeeklyNinetyMinuteSessions;
import static org.balint.core.credit.SeriesFixture.present;
import static org.balint.core.credit.SeriesFixture.presentThroughout;
import static org.balint.core.credit.SeriesFixture.socialWorker;

import java.util.ArrayList;
import java.util.List;
import org.balint.core.attendance.SessionAttendance;
import org.balint.core.group.Member;
import org.balint.core.group.ScheduledSession;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SeriesCompletionTest {

    private static final Member CASEY = socialWorker("casey");
    private static final String TRACK = "Practice-improvement track";

    private final List<ScheduledSession> series = eightWeeklyNinetyMinuteSessions();

    private CreditDecision decide(SeriesCompletionPolicy policy, List<SessionAttendance> attendance) {
        return policy.prepare(series).orElseThrow().evaluate(CASEY, attendance, EvaluationCompletion.NOT_COMPLETED)
                .orElseThrow();
    }

    @Test
    @DisplayName("six of eight sessions attended complete the track")
    void sixOfEightComplete() {
        var decision = decide(SeriesCompletionPolicy.preset(TRACK), presentThroughout(CASEY, series.subList(0, 6)));

        assertThat(decision).isInstanceOf(CreditDecision.Eligible.class);
        assertThat(((CreditDecision.Eligible) decision).award()).isEqualTo(new CreditAward.SessionsAttended(6, 6, 8));
        assertThat(decision.outcomeOf(CreditRule.SESSIONS_ATTENDED).orElseThrow().explanation()).isEqualTo(
                "Practice-improvement track: 6 of 8 sessions attended for at least 75 % of their scheduled time;"
                        + " 6 required.");
    }

    @Test
    @DisplayName("five of eight sessions fall one short, and the reason says so")
    void fiveOfEightFallShort() {
        var decision = decide(SeriesCompletionPolicy.preset(TRACK), presentThroughout(CASEY, series.subList(0, 5)));

        var reasons = ((CreditDecision.NotEligible) decision).reasons();
        assertThat(reasons).extracting(Violation::code).containsExactly("too-few-sessions-attended");
        assertThat(reasons.get(0).message()).contains("only 5 of 8 sessions", "1 session more would be needed");
    }

    @Test
    @DisplayName("a session counts as attended at 75 % of its scheduled time: 68 of 90 minutes count, 67 do not")
    void seventyFivePercentOfTheSession() {
        var attendance = new ArrayList<>(presentThroughout(CASEY, series.subList(0, 5)));
        attendance.add(present(CASEY, series.get(5), 0, 68));
        var justEnough = decide(SeriesCompletionPolicy.preset(TRACK), attendance);
        attendance.set(5, present(CASEY, series.get(5), 0, 67));
        var justShort = decide(SeriesCompletionPolicy.preset(TRACK), attendance);

        assertThat(justEnough.isEligible()).isTrue();
        assertThat(justShort.isEligible()).isFalse();
        assertThat(justShort.sessions().get(5).note()).isEqualTo("67 of 90 minutes present, 68 needed: does not count"
                + " as attended");
    }

    @Test
    @DisplayName("the number of sessions and the share of each can be adjusted per group")
    void requirementsAreAdjustable() {
        var lenient = SeriesCompletionPolicy.preset(TRACK).withSessionsRequired(4).withMinimumPresencePercent(50);
        var attendance = series.subList(0, 4).stream().map(session -> present(CASEY, session, 0, 45)).toList();

        assertThat(decide(lenient, attendance).isEligible()).isTrue();
        assertThat(decide(SeriesCompletionPolicy.preset(TRACK), attendance).isEligible()).isFalse();
    }

    @Test
    @DisplayName("a track can require a completed evaluation")
    void evaluationCanBeRequired() {
        var decision = decide(SeriesCompletionPolicy.preset(TRACK).withEvaluationRequired(true),
                presentThroughout(CASEY, series));

        assertThat(((CreditDecision.NotEligible) decision).reasons()).extracting(Violation::code)
                .containsExactly("evaluation-not-completed");
    }
}
