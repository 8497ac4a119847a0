package org.balint.core.credit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * What Balint keeps of a member's credit in one group for one kind of credit: the latest decision,
 * with its whole explanation (every rule met or unmet with its sentence, and per session what counted),
 * and the credit the member claimed, if they have claimed. The earned and claimed amounts are both kept.
 *
 * <p>A record is written from a {@link CreditDecision} ({@link #of}) and is the account a member or
 * coordinator reads later to see why; it is not a decision itself and cannot be evaluated again. When
 * a different decision is recorded for the same member, group and kind of credit ({@link #after}), the
 * revision goes up; recording the same decision again changes nothing.
 *
 * <p>Only identifiers, minutes, credit and the rules' sentences are kept: never case narratives or
 * patient details.
 *
 * @param group      the group whose series the decision covers
 * @param member     the member
 * @param type       the kind of credit
 * @param eligible   whether the member met every rule
 * @param attained   what the member's participation amounts to under the policy (the award when eligible)
 * @param rules      every rule, met or unmet, with its explanation and the sessions behind it
 * @param sessions   per scheduled session, in session order, what the member's attendance counted for
 * @param seriesEnd  when the series ended (the end of its last scheduled session)
 * @param decidedAt  when this revision of the decision was recorded
 * @param revision   1 for the first decision recorded, one more for every different decision after it
 * @param claim      the member's claim, when they have claimed credit against this decision
 */
public record CreditRecord(GroupId group, MemberId member, CreditType type, boolean eligible, CreditAward attained,
        List<RuleOutcome> rules, List<SessionFinding> sessions, Instant seriesEnd, Instant decidedAt, int revision,
        Optional<Claimed> claim) {

    /**
     * The credit a member claimed against a recorded decision.
     *
     * @param credit    the credit claimed: more than zero and at most the credit earned
     * @param claimedAt when the claim was recorded
     */
    public record Claimed(CreditHours credit, Instant claimedAt) {
        public Claimed {
            Objects.requireNonNull(credit, "credit");
            Objects.requireNonNull(claimedAt, "claimedAt");
        }
    }

    public CreditRecord {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(attained, "attained");
        Objects.requireNonNull(seriesEnd, "seriesEnd");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(claim, "claim");
        rules = List.copyOf(rules);
        sessions = List.copyOf(sessions);
        if (revision < 1) {
            throw new IllegalArgumentException("revisions start at 1: " + revision);
        }
        if (type.isCreditBearing() != attained instanceof CreditAward.Credit) {
            throw new IllegalArgumentException("a record of " + type.label() + " cannot hold " + attained);
        }
        claim.ifPresent(claimed -> {
            if (!fits(eligible, type, earned(eligible, attained), claimed.credit())) {
                throw new IllegalArgumentException("a claim of " + claimed.credit() + " does not fit a record of "
                        + earned(eligible, attained) + " " + type.label() + " earned");
            }
        });
    }

    /** The record of {@code decision} for {@code group}, made at {@code decidedAt}: revision 1, no claim. */
    public static CreditRecord of(GroupId group, CreditDecision decision, Instant decidedAt) {
        CreditEvidence evidence = decision.evidence();
        return new CreditRecord(group, decision.member(), decision.type(), decision.isEligible(), evidence.attained(),
                decision.rules(), decision.sessions(), evidence.seriesEnd(), decidedAt, 1, Optional.empty());
    }

    /**
     * This record once {@code decision} is recorded at {@code decidedAt}: this very record when the
     * decision says the same as the one recorded (same eligibility, award, rules and sessions), otherwise
     * the next revision. A claim is kept when it still fits the new decision (at most the credit now
     * earned); otherwise it is dropped and the member claims again.
     */
    public CreditRecord after(CreditDecision decision, Instant decidedAt) {
        if (!decision.member().equals(member) || decision.type() != type) {
            throw new IllegalArgumentException("a decision for member " + decision.member() + " (" + decision.type()
                    + ") cannot revise the record of member " + member + " (" + type + ")");
        }
        CreditRecord next = of(group, decision, decidedAt);
        if (next.saysTheSameAs(this)) {
            return this;
        }
        Optional<Claimed> keptClaim = claim.filter(claimed ->
                fits(next.eligible, type, next.creditEarned(), claimed.credit()));
        return new CreditRecord(group, member, type, next.eligible, next.attained, next.rules, next.sessions,
                next.seriesEnd, decidedAt, revision + 1, keptClaim);
    }

    /**
     * Whether both records state the same decision (eligibility, award, rules with their sentences,
     * sessions, series end), whenever and in whichever revision they were recorded, and whatever was claimed.
     */
    public boolean saysTheSameAs(CreditRecord other) {
        return group.equals(other.group) && member.equals(other.member) && type == other.type
                && eligible == other.eligible && attained.equals(other.attained) && rules.equals(other.rules)
                && sessions.equals(other.sessions) && seriesEnd.equals(other.seriesEnd);
    }

    /**
     * This record with {@code claim} recorded at {@code claimedAt}, or the reason it cannot be: the claim
     * must be made against the decision this record holds.
     */
    public Validated<CreditRecord> withClaim(CreditClaim claim, Instant claimedAt) {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(claimedAt, "claimedAt");
        if (!claim.member().equals(member) || claim.type() != type
                || !of(group, claim.decision(), decidedAt).saysTheSameAs(this)) {
            return Validated.invalid(Violation.of("claim-for-another-decision", "The claim of " + claim.claimed()
                    + " " + type.label() + " was made against a decision other than the one recorded for member "
                    + member + " (revision " + revision + ", " + creditEarned() + " earned): claim again against"
                    + " the recorded decision."));
        }
        return Validated.valid(new CreditRecord(group, member, type, eligible, attained, rules, sessions, seriesEnd,
                decidedAt, revision, Optional.of(new Claimed(claim.claimed(), claimedAt))));
    }

    /** The credit earned: the award when eligible for a credit-bearing type, zero otherwise. */
    public CreditHours creditEarned() {
        return earned(eligible, attained);
    }

    /** Every unmet rule, as a reason code and a sentence for the member. */
    public List<Violation> reasons() {
        return rules.stream().map(RuleOutcome::reason).flatMap(Optional::stream).toList();
    }

    private static CreditHours earned(boolean eligible, CreditAward attained) {
        return eligible && attained instanceof CreditAward.Credit credit ? credit.hours() : CreditHours.ZERO;
    }

    private static boolean fits(boolean eligible, CreditType type, CreditHours earned, CreditHours claimed) {
        return eligible && type.isCreditBearing() && !claimed.isZero() && !claimed.exceeds(earned)
                && (type != CreditType.APA_CE || claimed.isWhole());
    }

    @Override
    public String toString() {
        return "member " + member + " in group " + group + ", " + type.label() + " revision " + revision + ": "
                + (eligible ? "eligible, " + attained : "not eligible " + reasons().stream().map(Violation::code).toList())
                + claim.map(claimed -> ", claimed " + claimed.credit()).orElse("");
    }
}
