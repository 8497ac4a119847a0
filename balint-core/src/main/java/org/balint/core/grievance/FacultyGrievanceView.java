package org.balint.core.grievance;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;

/**
 * A grievance as faculty may see it: the complainant is absent when they asked for anonymity toward
 * faculty, and the audit trail (which names every actor) is left out.
 */
public record FacultyGrievanceView(GrievanceId id, GroupId group, Optional<MemberId> complainant, String text,
        GrievanceStatus status, Instant receivedAt, Optional<Instant> acknowledgedAt, Optional<Instant> resolvedAt,
        Optional<String> resolution) {

    public FacultyGrievanceView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(complainant, "complainant");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        Objects.requireNonNull(resolution, "resolution");
    }
}
