package org.balint.core.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * The answer to "what does this member get for this series under this policy?": {@link Eligible}
 * with what they earned, or {@link NotEligible} with every unmet rule. Either way {@link #rules()}
 * lists every rule, met or unmet, with the sessions and minutes that count.
 */
public sealed interface CreditDecision permits CreditDecision.Eligible, CreditDecision.NotEligible {

    MemberId member();

    CreditType type();

    /** The facts behind the decision. */
    CreditEvidence evidence();

    /** Every rule of the policy, met or unmet, with its explanation. */
    default List<RuleOutcome> rules() {
        return evidence().rules();
    }

    /** Per scheduled session, what the member's attendance counted for. */
    default List<SessionFinding> sessions() {
        return evidence().sessions();
    }

    /** The outcome for {@code rule}, if the policy applies that rule. */
    default Optional<RuleOutcome> outcomeOf(CreditRule rule) {
        return rules().stream().filter(outcome -> outcome.rule() == rule).findFirst();
    }

    default boolean isEligible() {
        return this instanceof Eligible;
    }

    /**
     * The member met every rule. Only a prepared policy can produce one: the evidence must come from an
     * evaluation that found the member eligible for exactly this award.
     *
     * @param award what the member earned
     */
    record Eligible(MemberId member, CreditType type, CreditAward award, CreditEvidence evidence)
            implements CreditDecision {

        public Eligible {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(award, "award");
            Objects.requireNonNull(evidence, "evidence");
            if (!evidence.isEligible() || !evidence.member().equals(member) || evidence.policy().type() != type
                    || !evidence.attained().equals(award)) {
                throw new IllegalArgumentException("an eligible decision needs evidence of eligibility for "
                        + award + " of " + type + " for member " + member);
            }
        }

        /** The credit earned; zero for policies that award no credit hours. */
        public CreditHours creditEarned() {
            return award instanceof CreditAward.Credit credit ? credit.hours() : CreditHours.ZERO;
        }

        /**
         * The member claims {@code claimed} credit: at most what they earned (a member claims only what
         * matches their participation), in the units the accreditor awards. Answers with every reason
         * the claim cannot be accepted.
         */
        public Validated<CreditClaim> claim(CreditHours claimed) {
            List<Violation> problems = new ArrayList<>(2);
            if (!type.isCreditBearing()) {
                problems.add(Violation.of("no-credit-to-claim", "A " + type.label()
                        + " carries no credit hours, so there is nothing to claim."));
            } else {
                CreditHours earned = creditEarned();
                if (claimed.isZero()) {
                    problems.add(Violation.of("nothing-claimed",
                            "The claim is for 0 credit: claim between 0.25 and the " + earned + " credit earned."));
                }
                if (claimed.exceeds(earned)) {
                    problems.add(Violation.of("claim-exceeds-earned-credit", "The claim of " + claimed
                            + " credit is more than the " + earned + " credit earned: claim " + earned
                            + " or less."));
                }
                if (type == CreditType.APA_CE && !claimed.isWhole()) {
                    problems.add(Violation.of("claim-not-whole-credit", "The claim of " + claimed
                            + " credit is not a whole number: APA CE credit is claimed in whole credits."));
                }
            }
            return Validated.of(problems, () -> new CreditClaim(this, claimed));
        }

        /** The member claims everything they earned (only for credit-bearing types). */
        public Validated<CreditClaim> claimAll() {
            return claim(creditEarned());
        }

        @Override
        public String toString() {
            return "member " + member + " eligible for " + type.label() + ": " + award;
        }
    }

    /** The member did not meet every rule; {@link #reasons()} lists each unmet one. */
    record NotEligible(MemberId member, CreditType type, CreditEvidence evidence) implements CreditDecision {

        public NotEligible {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(evidence, "evidence");
            if (evidence.isEligible() || !evidence.member().equals(member) || evidence.policy().type() != type) {
                throw new IllegalArgumentException("an ineligible decision needs evidence of ineligibility for "
                        + type + " for member " + member);
            }
        }

        /** Every unmet rule, as a reason code and a sentence for the member. */
        public List<Violation> reasons() {
            return rules().stream().map(RuleOutcome::reason).flatMap(Optional::stream).toList();
        }

        @Override
        public String toString() {
            return "member " + member + " not eligible for " + type.label() + ": "
                    + reasons().stream().map(Violation::code).toList();
        }
    }
}
