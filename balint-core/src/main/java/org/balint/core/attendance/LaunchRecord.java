package org.balint.core.attendance;

import java.time.Instant;
import java.util.Objects;
import org.balint.core.group.MemberId;

/** A member opened the session from the learning management system at {@code launchedAt}. */
public record LaunchRecord(MemberId member, Instant launchedAt) {

    public LaunchRecord {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(launchedAt, "launchedAt");
    }
}
