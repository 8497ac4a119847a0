package org.balint.persistence.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.balint.core.credit.CreditAward;
import org.balint.core.credit.CreditHours;

/**
 * A {@link CreditAward} as the columns of the row that holds it: the kind of award and, depending on
 * the kind, credit in quarter hours, the sessions attended, required and scheduled, or the minutes
 * attended. Shared by credit records and certificates.
 */
@Embeddable
public class AwardColumns {

    private static final String CREDIT = "CREDIT";
    private static final String SESSIONS_ATTENDED = "SESSIONS_ATTENDED";
    private static final String TIME_ATTENDED = "TIME_ATTENDED";

    @Column(name = "award_kind", nullable = false, length = 20)
    private String kind;

    @Column(name = "award_quarter_hours")
    private Long quarterHours;

    @Column(name = "sessions_attended")
    private Integer sessionsAttended;

    @Column(name = "sessions_required")
    private Integer sessionsRequired;

    @Column(name = "sessions_scheduled")
    private Integer sessionsScheduled;

    @Column(name = "minutes_attended")
    private Long minutesAttended;

    /** For Jakarta Persistence only. */
    protected AwardColumns() {
    }

    /** The columns holding {@code award}. */
    public static AwardColumns of(CreditAward award) {
        AwardColumns columns = new AwardColumns();
        if (award instanceof CreditAward.Credit credit) {
            columns.kind = CREDIT;
            columns.quarterHours = credit.hours().quarterHours();
        } else if (award instanceof CreditAward.SessionsAttended sessions) {
            columns.kind = SESSIONS_ATTENDED;
            columns.sessionsAttended = sessions.attended();
            columns.sessionsRequired = sessions.required();
            columns.sessionsScheduled = sessions.scheduled();
        } else if (award instanceof CreditAward.TimeAttended time) {
            columns.kind = TIME_ATTENDED;
            columns.minutesAttended = time.minutes();
        } else {
            throw new IllegalArgumentException("an award of an unknown kind: " + award);
        }
        return columns;
    }

    /** The award these columns hold. */
    public CreditAward award() {
        switch (kind) {
            case CREDIT:
                return new CreditAward.Credit(CreditHours.ofQuarterHours(quarterHours));
            case SESSIONS_ATTENDED:
                return new CreditAward.SessionsAttended(sessionsAttended, sessionsRequired, sessionsScheduled);
            case TIME_ATTENDED:
                return new CreditAward.TimeAttended(minutesAttended);
            default:
                throw new IllegalStateException("a stored award of an unknown kind: " + kind);
        }
    }
}
