package org.balint.core.attendance;

import java.util.Objects;
import org.balint.core.group.MemberId;

/**
 * One attendance-report row attributed to a member (matched on import or assigned by a leader): the
 * presence it shows, to the minute and not yet clipped to the session.
 */
public record ReportedPresence(MemberId member, EvidenceSource.ReportRow row, PresenceInterval presence) {

    public ReportedPresence {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(presence, "presence");
    }
}
