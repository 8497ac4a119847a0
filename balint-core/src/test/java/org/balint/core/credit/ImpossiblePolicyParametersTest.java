package org.balint.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.credit.SeriesFixture.eightWeeklyNinetyMinuteSessions;
import static org.balint.core.credit.SeriesFixture.minute;
import static org.balint.core.credit.SeriesFixture.oneSessionOf;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ImpossiblePolicyParametersTest {

    private final List<ScheduledSession> series = eightWeeklyNinetyMinuteSessions();
    private final ScheduledSession first = series.get(0);

    private static List<String> codes(CreditPolicy policy, List<ScheduledSession> schedule) {
        return policy.prepare(schedule).violations().stream().map(Violation::code).toList();
    }

    @Test
    @DisplayName("an AAFP policy with a negative cap, bad approvals and misplaced non-educational time gets every reason")
    void aafpEveryReason() {
        var policy = AafpPrescribedPolicy.preset()
                .withPerSessionMaximum(new BigDecimal("-1"))
                .withApprovedCredit(SessionNumber.of(2), new BigDecimal("-0.5"))
                .withApprovedCredit(SessionNumber.of(3), new BigDecimal("1.1"))
                .withApprovedCredit(SessionNumber.of(4), new BigDecimal("2"))
                .withApprovedCredit(SessionNumber.of(9), new BigDecimal("1"))
                .withNonEducationalTime(
                        new NonEducationalWindow(first.number(), minute(first, 80), minute(first, 100), "announcements"),
                        new NonEducationalWindow(SessionNumber.of(5), minute(series.get(4), 20), minute(series.get(4), 10),
                                "welcome"),
                        new NonEducationalWindow(SessionNumber.of(12), minute(first, 0), minute(first, 5), " "));

        assertThat(codes(policy, series)).containsExactly(
                "per-session-maximum-not-positive",
                "negative-approved-credit",
                "approved-credit-not-in-quarter-hours",
                "non-educational-time-inverted",
                "non-educational-time-without-purpose",
                "non-educational-time-outside-session",
                "non-educational-time-for-unknown-session",
                "approved-credit-for-unknown-session");
    }

    @Test
    @DisplayName("a session approved for more credit than its formal time is refused")
    void approvedCreditAboveFormalTime() {
        var policy = AafpPrescribedPolicy.preset().withApprovedCredit(SessionNumber.of(4), new BigDecimal("2"));

        var violations = policy.prepare(series).violations();

        assertThat(violations).containsExactly(Violation.of("approved-credit-exceeds-formal-time",
                "AAFP Prescribed credit: session 4 is approved for 2 credit but has only 90 minutes of formal time:"
                        + " approved credit cannot exceed formal time (at most 1.50)."));
    }

    @Test
    @DisplayName("a session that is all non-educational time has no formal time left")
    void noFormalTimeLeft() {
        var policy = AafpPrescribedPolicy.preset().withNonEducationalTime(
                NonEducationalWindow.openingMinutes(first, 60, "welcome"),
                NonEducationalWindow.closingMinutes(first, 40, "announcements"));

        assertThat(codes(policy, series)).containsExactly("no-formal-time-left");
    }

    @Test
    @DisplayName("a per-session maximum that is not in quarter hours is refused")
    void maximumInQuarterHours() {
        assertThat(codes(AafpPrescribedPolicy.preset().withPerSessionMaximum(new BigDecimal("3.7")), series))
                .containsExactly("per-session-maximum-not-in-quarter-hours");
    }

    @Test
    @DisplayName("an APA policy with an impossible allowance and instructional starts outside their sessions gets every reason")
    void apaEveryReason() {
        var policy = ApaCePolicy.preset()
                .withMaximumConsecutiveMinutesMissed(-5)
                .withInstructionalStart(SessionNumber.of(1), minute(first, 90))
                .withInstructionalStart(SessionNumber.of(2), minute(series.get(1), -10))
                .withInstructionalStart(SessionNumber.of(3), minute(series.get(2), 10).plusSeconds(30))
                .withInstructionalStart(SessionNumber.of(9), minute(first, 0));

        assertThat(codes(policy, series)).containsExactly(
                "negative-missed-minutes-allowance",
                "instructional-start-after-session-end",
                "instructional-start-before-session",
                "instructional-start-not-whole-minute",
                "instructional-start-for-unknown-session");
    }

    @Test
    @DisplayName("an allowance of an hour or more would credit hours missed entirely")
    void allowanceOfAnHour() {
        assertThat(codes(ApaCePolicy.preset().withMaximumConsecutiveMinutesMissed(60), series))
                .containsExactly("missed-minutes-allowance-not-under-an-hour");
    }

    @Test
    @DisplayName("APA credit in a series without a full instructional hour could never be earned")
    void noFullInstructionalHour() {
        assertThat(codes(ApaCePolicy.preset(), oneSessionOf(50))).containsExactly("no-full-instructional-hour");
    }

    @Test
    @DisplayName("a track requiring more sessions than scheduled, at more than 100 %, gets every reason")
    void seriesEveryReason() {
        var policy = SeriesCompletionPolicy.preset(" ").withSessionsRequired(9).withMinimumPresencePercent(120);

        var violations = policy.prepare(series).violations();

        assertThat(violations).extracting(Violation::code).containsExactly("track-name-missing",
                "more-sessions-required-than-scheduled", "presence-share-out-of-range");
        assertThat(violations.get(1).message()).isEqualTo("Series completion: 9 sessions required but only 8 are"
                + " scheduled: require at most 8.");
    }

    @Test
    @DisplayName("a track requiring no sessions, or a share of 0 %, is refused")
    void seriesNothingRequired() {
        assertThat(codes(SeriesCompletionPolicy.preset("Track").withSessionsRequired(0).withMinimumPresencePercent(0),
                series)).containsExactly("sessions-required-not-positive", "presence-share-out-of-range");
    }

    @Test
    @DisplayName("a policy offered to no profession is refused")
    void offeredToNobody() {
        assertThat(codes(new AttendanceCertificatePolicy(Set.of(), false), series)).containsExactly("offered-to-nobody");
    }

    @Test
    @DisplayName("a schedule with no sessions, a repeated number or seconds cannot carry credit, and the policy is still checked")
    void badSchedule() {
        var repeated = new ArrayList<>(series);
        repeated.add(series.get(3));
        repeated.add(new ScheduledSession(SessionNumber.of(9), series.get(7).start().plusSeconds(7 * 86400 + 30),
                Duration.ofMinutes(90)));

        assertThat(codes(AttendanceCertificatePolicy.preset(), List.of())).containsExactly("no-sessions-scheduled");
        assertThat(codes(SeriesCompletionPolicy.preset("Track").withMinimumPresencePercent(101), repeated))
                .containsExactly("duplicate-session-number", "session-not-whole-minutes", "presence-share-out-of-range");
    }

    @Test
    @DisplayName("a programme lists the problems of every policy, and refuses two policies for one kind of credit")
    void programmeEveryReason() {
        var programme = CreditProgramme.of(AafpPrescribedPolicy.preset().withPerSessionMaximum(BigDecimal.ZERO),
                ApaCePolicy.preset().withMaximumConsecutiveMinutesMissed(90), AttendanceCertificatePolicy.preset(),
                AttendanceCertificatePolicy.preset());

        assertThat(programme.prepare(series).violations()).extracting(Violation::code).containsExactly(
                "duplicate-credit-policy", "per-session-maximum-not-positive",
                "missed-minutes-allowance-not-under-an-hour");
        assertThat(CreditProgramme.of().prepare(series).violations()).extracting(Violation::code)
                .containsExactly("no-credit-policy");
    }
}
