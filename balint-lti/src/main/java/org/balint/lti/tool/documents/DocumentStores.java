package org.balint.lti.tool.documents;

import java.util.Objects;
import org.balint.core.attendance.AttendanceSheets;
import org.balint.core.certificate.Certificates;
import org.balint.core.credit.CompletionSharingConsents;
import org.balint.core.credit.CreditRecords;
import org.balint.core.group.Groups;

/**
 * One tenant's records inside a transaction of {@link DocumentRecords}.
 *
 * @param groups       the tenant's group series
 * @param credit       the members' credit records
 * @param certificates the certificates issued
 * @param sharing      the members' answers about reporting their completion
 * @param attendance   the attendance sheets, against which a recorded credit decision is checked before a
 *                     certificate is issued from it
 */
public record DocumentStores(Groups groups, CreditRecords credit, Certificates certificates,
        CompletionSharingConsents sharing, AttendanceSheets attendance) {

    /** Validates the parts. */
    public DocumentStores {
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(certificates, "certificates");
        Objects.requireNonNull(sharing, "sharing");
        Objects.requireNonNull(attendance, "attendance");
    }
}
