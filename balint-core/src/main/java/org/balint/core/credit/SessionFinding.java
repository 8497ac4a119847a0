package org.balint.core.credit;

import java.util.Objects;
import java.util.Optional;
import org.balint.core.group.SessionNumber;

/**
 * What one session contributed to a rule for one member.
 *
 * @param session           the session
 * @param minutesScheduled  the minutes the rule looks at: formal time (AAFP), instructional time in full
 *                          hours (APA) or the whole scheduled session (series, attendance)
 * @param minutesThatCount  the member's minutes within those, which the rule counts
 * @param credit            the credit the session earned, for credit-bearing policies
 * @param counts            whether the session contributes (earns credit, or counts as attended)
 * @param note              a short sentence on how the session was counted
 */
public record SessionFinding(SessionNumber session, long minutesScheduled, long minutesThatCount,
        Optional<CreditHours> credit, boolean counts, String note) {

    public SessionFinding {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(note, "note");
    }

    @Override
    public String toString() {
        return session + ": " + note;
    }
}
