package org.balint.core.credit;

import java.util.Collection;
import java.util.List;
import org.balint.core.attendance.SessionAttendance;
import org.balint.core.group.Member;
import org.balint.core.group.Profession;
import org.balint.core.group.ScheduledSession;
import org.balint.core.validation.Validated;

/**
 * A credit policy checked against a group's schedule, with its per-session terms worked out once
 * (formal time, instructional hours, attendance thresholds), ready to evaluate every member of the
 * group. Made by {@link CreditPolicy#prepare(List)}.
 *
 * <p>Evaluating is cheap and thread-safe: prepare once per group, then evaluate each member.
 */
public sealed interface PreparedCreditPolicy permits PolicyEvaluator {

    /** The policy and its parameters as the group configured them. */
    CreditPolicy policy();

    /** The kind of credit this policy awards. */
    default CreditType type() {
        return policy().type();
    }

    /** The sessions the policy was prepared for, in session order. */
    List<ScheduledSession> schedule();

    /** Whether the group offers this credit to members of {@code profession}. */
    boolean isOfferedTo(Profession profession);

    /**
     * Decides what {@code member} gets under this policy from their attendance (one record per session
     * they have attendance for, in any order; a session without a record counts as absent) and whether
     * they completed the series evaluation.
     *
     * <p>Presence outside a session's scheduled time is not counted. The answer is invalid, with every
     * reason, when a record belongs to another member, names a session the group does not have, or
     * repeats a session.
     */
    Validated<CreditDecision> evaluate(Member member, Collection<SessionAttendance> attendance,
            EvaluationCompletion evaluation);
}
