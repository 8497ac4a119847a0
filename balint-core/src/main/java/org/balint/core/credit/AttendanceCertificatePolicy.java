package org.balint.core.credit;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.balint.core.group.Discipline;

/**
 * A certificate of attendance: the hours a member attended within the scheduled sessions, with no
 * claim to credit. The usual recognition for professions without an accreditation the group holds.
 *
 * @param offeredTo          professions offered the certificate (preset: every profession)
 * @param evaluationRequired whether a completed evaluation is required (preset: no)
 */
public record AttendanceCertificatePolicy(Set<Discipline> offeredTo, boolean evaluationRequired)
        implements CreditPolicy {

    public AttendanceCertificatePolicy {
        offeredTo = AafpPrescribedPolicy.disciplines(offeredTo);
    }

    /** Offered to every profession, no evaluation required. */
    public static AttendanceCertificatePolicy preset() {
        return new AttendanceCertificatePolicy(EnumSet.allOf(Discipline.class), false);
    }

    @Override
    public CreditType type() {
        return CreditType.CERTIFICATE_OF_ATTENDANCE;
    }

    public AttendanceCertificatePolicy offeredTo(Discipline... disciplines) {
        Set<Discipline> offered = AafpPrescribedPolicy.disciplines(List.of(disciplines));
        return new AttendanceCertificatePolicy(offered, evaluationRequired);
    }

    public AttendanceCertificatePolicy withEvaluationRequired(boolean required) {
        return new AttendanceCertificatePolicy(offeredTo, required);
    }
}
