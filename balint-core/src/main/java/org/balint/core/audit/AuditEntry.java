package org.balint.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One audited change: when it happened, who made it, what happened (a stable, hyphenated event code
 * such as {@code registration-accepted}) and a sentence describing it for the record.
 *
 * <p>Audit entries never contain case narratives or patient details.
 */
public record AuditEntry(Instant at, Actor actor, String event, String description) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(description, "description");
        if (!event.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("event codes are lower-case and hyphenated: " + event);
        }
    }
}
