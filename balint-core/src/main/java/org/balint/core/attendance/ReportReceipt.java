package org.balint.core.attendance;

import java.time.Instant;
import java.util.Objects;
import org.balint.core.audit.Actor;

/** The record that an attendance report was imported into a session's sheet: which, when and by whom. */
public record ReportReceipt(ReportId report, VideoPlatform platform, Instant importedAt, Actor importedBy,
        int rows) {

    public ReportReceipt {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(importedBy, "importedBy");
        if (rows < 0) {
            throw new IllegalArgumentException("rows cannot be negative: " + rows);
        }
    }
}
