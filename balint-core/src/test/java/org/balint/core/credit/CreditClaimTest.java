package org.balint.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.balint.core.credit.SeriesFixture.credit;
import static org.balint.core.credit.SeriesFixture.eightWeeklyNinetyMinuteSessions;
import static org.balint.core.credit.SeriesFixture.familyPhysician;
import static org.balint.core.credit.SeriesFixture.presentThroughout;

import java.util.List;
import org.balint.core.group.Member;
import org.balint.core.group.ScheduledSession;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CreditClaimTest {

    private static final Member DR_ADAMS = familyPhysician("adams");

    private final List<ScheduledSession> series = eightWeeklyNinetyMinuteSessions();

    /** Eight full 90-minute sessions: 12.00 AAFP credit earned. */
    private final CreditDecision.Eligible twelveCredits = (CreditDecision.Eligible) AafpPrescribedPolicy.preset()
            .prepare(series).orElseThrow()
            .evaluate(DR_ADAMS, presentThroughout(DR_ADAMS, series), EvaluationCompletion.COMPLETED).orElseThrow();

    @Test
    @DisplayName("a member may claim less than they earned, and both amounts are kept")
    void claimBelowEarned() {
        var claim = twelveCredits.claim(credit("10.5")).orElseThrow();

        assertThat(claim.claimed()).isEqualTo(credit("10.50"));
        assertThat(claim.earned()).isEqualTo(credit("12.00"));
        assertThat(claim.member()).isEqualTo(DR_ADAMS.id());
    }

    @Test
    @DisplayName("a claim above the credit earned is refused with a reason")
    void claimAboveEarnedIsRefused() {
        var claim = twelveCredits.claim(credit("12.25"));

        assertThat(claim.violations()).containsExactly(Violation.of("claim-exceeds-earned-credit",
                "The claim of 12.25 credit is more than the 12.00 credit earned: claim 12.00 or less."));
    }

    @Test
    @DisplayName("a claim for nothing is refused")
    void zeroClaimIsRefused() {
        assertThat(twelveCredits.claim(CreditHours.ZERO).violations()).extracting(Violation::code)
                .containsExactly("nothing-claimed");
    }

    @Test
    @DisplayName("claiming everything earned is the usual case")
    void claimAll() {
        assertThat(twelveCredits.claimAll().orElseThrow().claimed()).isEqualTo(credit("12"));
    }

    @Test
    @DisplayName("a claim above what was earned cannot be built by going around the decision")
    void claimInvariantHolds() {
        assertThatThrownBy(() -> new CreditClaim(twelveCredits, credit("13")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("an eligible decision cannot be made up from the evidence of an ineligible one")
    void eligibilityCannotBeForged() {
        var notEligible = AafpPrescribedPolicy.preset().prepare(series).orElseThrow()
                .evaluate(DR_ADAMS, List.of(), EvaluationCompletion.COMPLETED).orElseThrow();

        assertThatThrownBy(() -> new CreditDecision.Eligible(DR_ADAMS.id(), CreditType.AAFP_PRESCRIBED,
                new CreditAward.Credit(credit("12")), notEligible.evidence()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
