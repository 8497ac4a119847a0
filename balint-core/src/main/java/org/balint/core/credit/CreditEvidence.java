package org.balint.core.credit;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.group.ScheduledSession;

/**
 * The facts one credit decision rests on: the member's profession, their evaluation, and per session
 * the minutes the policy counted. Only a prepared policy creates evidence, so a decision cannot be
 * made up.
 *
 * <p>The explanations ({@link #rules()}, {@link #sessions()}) are written from these facts when asked
 * for, which keeps evaluating a whole cohort cheap.
 */
public final class CreditEvidence {

    private final PolicyEvaluator policy;
    private final MemberId member;
    private final Profession profession;
    private final EvaluationCompletion evaluation;
    private final int[] counted;
    private final CreditAward attained;
    private final boolean eligible;

    CreditEvidence(PolicyEvaluator policy, MemberId member, Profession profession, EvaluationCompletion evaluation,
            int[] counted, CreditAward attained, boolean eligible) {
        this.policy = policy;
        this.member = member;
        this.profession = profession;
        this.evaluation = evaluation;
        this.counted = counted;
        this.attained = attained;
        this.eligible = eligible;
    }

    /** The policy, with the group's parameters, that was applied. */
    public CreditPolicy policy() {
        return policy.policy();
    }

    public MemberId member() {
        return member;
    }

    public Profession profession() {
        return profession;
    }

    public EvaluationCompletion evaluation() {
        return evaluation;
    }

    /**
     * What the member's attendance amounts to under the policy, whether or not every other rule is met
     * (for example the APA credit waiting for a completed evaluation).
     */
    public CreditAward attained() {
        return attained;
    }

    /**
     * When the series the decision covers ends: the end of its last scheduled session. Record-keeping
     * counts retention periods from here.
     */
    public Instant seriesEnd() {
        return policy.schedule().stream().map(ScheduledSession::end).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** Whether every rule is met. */
    public boolean isEligible() {
        return eligible;
    }

    /** Every rule of the policy, met or unmet, each with its explanation and the sessions behind it. */
    public List<RuleOutcome> rules() {
        return policy.rules(this);
    }

    /** Per scheduled session, in session order, what the member's attendance counted for. */
    public List<SessionFinding> sessions() {
        return policy.findings(this);
    }

    PolicyEvaluator evaluator() {
        return policy;
    }

    int counted(int index) {
        return counted[index];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditEvidence other && policy == other.policy && member.equals(other.member)
                && profession.equals(other.profession) && evaluation == other.evaluation
                && Arrays.equals(counted, other.counted) && attained.equals(other.attained)
                && eligible == other.eligible;
    }

    @Override
    public int hashCode() {
        return Objects.hash(member, profession, evaluation, Arrays.hashCode(counted), attained, eligible);
    }

    @Override
    public String toString() {
        return policy.type().label() + " evidence for member " + member + ": " + attained;
    }
}
