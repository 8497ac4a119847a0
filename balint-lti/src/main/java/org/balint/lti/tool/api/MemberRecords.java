package org.balint.lti.tool.api;

import java.util.Objects;
import org.balint.core.attendance.AttendanceSheets;
import org.balint.core.credit.CreditRecords;
import org.balint.core.group.Groups;
import org.balint.core.rotation.RotationPlans;

/**
 * One tenant's records the member view reads, inside one transaction of {@link ApiRecords}.
 *
 * @param groups     the group series
 * @param rotations  the published rotation plans
 * @param attendance the attendance sheets
 * @param credit     the recorded credit decisions
 */
public record MemberRecords(Groups groups, RotationPlans rotations, AttendanceSheets attendance, CreditRecords credit) {

    /** Validates the parts. */
    public MemberRecords {
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(rotations, "rotations");
        Objects.requireNonNull(attendance, "attendance");
        Objects.requireNonNull(credit, "credit");
    }
}
