package org.balint.lti.tool.deeplinking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.balint.core.attendance.PresenceInterval;
import org.balint.core.attendance.SessionAttendance;
import org.balint.core.credit.AafpPrescribedPolicy;
import org.balint.core.credit.CreditDecision;
import org.balint.core.credit.CreditHours;
import org.balint.core.credit.CreditPolicy;
import org.balint.core.credit.EvaluationCompletion;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.group.ScheduledSession;
import org.balint.core.validation.Validated;

/**
 * The most CE credit a member can earn in a group's series: the gradebook column's maximum score. It
 * is what the group's credit policy awards a member who attends every session from start to end and
 * completes the evaluation, worked out by the core's own rules (rounding, caps, non-educational time),
 * so the column's maximum is always the credit results' maximum.
 */
public final class SeriesCredit {

    private SeriesCredit() {
    }

    /**
     * The maximum under the policy the tool publishes to the gradebook (AAFP Prescribed credit, preset:
     * 1.50 for a 90-minute session, at most 3.75 per session); empty when the policy cannot award credit
     * for the schedule.
     */
    public static Optional<CreditHours> maximumOf(BalintGroup group) {
        return maximumOf(group, AafpPrescribedPolicy.preset());
    }

    /** The maximum {@code policy} awards in the group's series; empty when it awards no credit. */
    static Optional<CreditHours> maximumOf(BalintGroup group, CreditPolicy policy) {
        List<ScheduledSession> sessions = group.schedule().sessions();
        Member full = new Member(new MemberId("series-maximum"), "Full attendance", Profession.physician("family medicine"),
                ContactDetails.email("full-attendance@example.org"));
        List<SessionAttendance> attendance = new ArrayList<>(sessions.size());
        for (ScheduledSession session : sessions) {
            attendance.add(new SessionAttendance(full.id(), session.number(), List.of(new PresenceInterval(
                    session.start(), session.start().plus(session.duration())))));
        }
        Validated<CreditDecision> decision = policy.prepare(sessions)
                .flatMap(prepared -> prepared.evaluate(full, attendance, EvaluationCompletion.COMPLETED));
        if (decision.isValid() && decision.orElseThrow() instanceof CreditDecision.Eligible eligible
                && !eligible.creditEarned().isZero()) {
            return Optional.of(eligible.creditEarned());
        }
        return Optional.empty();
    }
}
