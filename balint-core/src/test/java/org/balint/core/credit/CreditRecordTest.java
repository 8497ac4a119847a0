package org.balint.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.balint.core.credit.SeriesFixture.credit;
import static org.balint.core.credit.SeriesFixture.eightWeeklyNinetyMinuteSessions;
import static org.balint.core.credit.SeriesFixture.familyPhysician;
import static org.balint.core.credit.SeriesFixture.present;
import static org.balint.core.credit.SeriesFixture.presentThroughout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.balint.core.attendance.SessionAttendance;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.group.ScheduledSession;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A member's credit record: the latest decision, its explanation and the claim")
class CreditRecordTest {

    private static final Member DR_ADAMS = familyPhysician("adams");
    private static final GroupId GROUP = new GroupId("balint-spring-2026");
    private static final Instant DECIDED = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-08T12:00:00Z");

    private final List<ScheduledSession> series = eightWeeklyNinetyMinuteSessions();

    /** Every session in full, except session 3 left after {@code minutesInSession3} (0: missed it). */
    private CreditDecision.Eligible aafp(int minutesInSession3) {
        List<SessionAttendance> attendance = new ArrayList<>(presentThroughout(DR_ADAMS, series));
        if (minutesInSession3 == 0) {
            attendance.remove(2);
        } else {
            attendance.set(2, present(DR_ADAMS, series.get(2), 0, minutesInSession3));
        }
        return (CreditDecision.Eligible) AafpPrescribedPolicy.preset().prepare(series).orElseThrow()
                .evaluate(DR_ADAMS, attendance, EvaluationCompletion.COMPLETED).orElseThrow();
    }

    @Test
    @DisplayName("a record keeps the decision's rules, sessions and award, and the series end, as revision 1")
    void recordOfADecision() {
        CreditDecision.Eligible decision = aafp(40);

        CreditRecord record = CreditRecord.of(GROUP, decision, DECIDED);

        assertThat(record.revision()).isEqualTo(1);
        assertThat(record.eligible()).isTrue();
        assertThat(record.rules()).isEqualTo(decision.rules());
        assertThat(record.sessions()).isEqualTo(decision.sessions());
        assertThat(record.creditEarned()).isEqualTo(credit("11.25"));
        assertThat(record.seriesEnd()).isEqualTo(series.get(7).end());
        assertThat(record.claim()).isEmpty();
        assertThat(record.reasons()).isEmpty();
    }

    @Test
    @DisplayName("the same decision recorded again is the same record; a different one is the next revision")
    void revisions() {
        CreditRecord first = CreditRecord.of(GROUP, aafp(40), DECIDED);

        assertThat(first.after(aafp(40), LATER)).isSameAs(first);
        CreditRecord revised = first.after(aafp(90), LATER);
        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.decidedAt()).isEqualTo(LATER);
        assertThat(revised.creditEarned()).isEqualTo(credit("12"));
        assertThat(revised.saysTheSameAs(first)).isFalse();
    }

    @Test
    @DisplayName("a claim is kept against the recorded decision, and across a revision only while it still fits")
    void claims() {
        CreditDecision.Eligible full = aafp(90);
        CreditRecord claimed = CreditRecord.of(GROUP, full, DECIDED)
                .withClaim(full.claim(credit("11")).orElseThrow(), LATER).orElseThrow();

        assertThat(claimed.claim()).contains(new CreditRecord.Claimed(credit("11"), LATER));
        assertThat(claimed.after(aafp(60), LATER).claim()).isPresent();
        assertThat(claimed.after(aafp(0), LATER).claim()).isEmpty();
    }

    @Test
    @DisplayName("a claim made against another decision is refused with a reason")
    void claimAgainstAnotherDecision() {
        CreditRecord record = CreditRecord.of(GROUP, aafp(90), DECIDED);

        assertThat(record.withClaim(aafp(40).claim(credit("1")).orElseThrow(), LATER).violations())
                .extracting(Violation::code).containsExactly("claim-for-another-decision");
    }

    @Test
    @DisplayName("a record cannot hold a claim above the credit earned, nor credit for a type without credit")
    void impossibleRecords() {
        CreditRecord record = CreditRecord.of(GROUP, aafp(40), DECIDED);

        assertThatThrownBy(() -> new CreditRecord(GROUP, DR_ADAMS.id(), CreditType.AAFP_PRESCRIBED, true,
                record.attained(), record.rules(), record.sessions(), record.seriesEnd(), DECIDED, 1,
                Optional.of(new CreditRecord.Claimed(credit("12"), LATER))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CreditRecord(GROUP, DR_ADAMS.id(), CreditType.SERIES_COMPLETION, true,
                record.attained(), record.rules(), record.sessions(), record.seriesEnd(), DECIDED, 1, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
