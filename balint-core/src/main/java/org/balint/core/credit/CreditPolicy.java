package org.balint.core.credit;

import java.util.List;
import java.util.Set;
import org.balint.core.group.Discipline;
import org.balint.core.group.ScheduledSession;
import org.balint.core.validation.Validated;

/**
 * How one kind of credit is earned in a group, as data: the accreditor's rule with the parameters the
 * group chose. Each policy has a preset with the usual defaults, and every parameter can be adjusted
 * per group with its {@code with…} methods.
 *
 * <p>A policy is plain data and may hold impossible parameters (a negative cap, a share above 100 %);
 * {@link #prepare(List)} checks it against the group's schedule and answers with every problem, or
 * with a {@link PreparedCreditPolicy} ready to evaluate members.
 */
public sealed interface CreditPolicy
        permits AafpPrescribedPolicy, ApaCePolicy, SeriesCompletionPolicy, AttendanceCertificatePolicy {

    /** The kind of credit the policy awards. */
    CreditType type();

    /** The professions the group offers this credit to. */
    Set<Discipline> offeredTo();

    /** Whether credit is released only after the member completed the series evaluation. */
    boolean evaluationRequired();

    /**
     * Checks the parameters against {@code schedule} and works out each session's terms once, for
     * evaluating every member of the group; answers with every problem found.
     */
    default Validated<PreparedCreditPolicy> prepare(List<ScheduledSession> schedule) {
        return PolicyEvaluator.prepare(this, schedule);
    }
}
