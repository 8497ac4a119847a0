package org.balint.core.leadership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Validated;

/**
 * Keeping leader candidates' development logs and measuring them against a credentialing pathway.
 *
 * <p>"Now" comes from the injected clock; "today", for entries dated by calendar day (supervised
 * sessions, intensives), is the clock's instant in the logbook's zone (the program's time zone).
 */
public final class LeaderLogbook {

    private final LeaderLogStore store;
    private final Clock clock;
    private final ZoneId zone;

    public LeaderLogbook(LeaderLogStore store, Clock clock, ZoneId zone) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Adds {@code entry} to {@code candidate}'s log and returns the new log; or every reason it cannot
     * be added (a date in the future, an entry already in the log, the candidate named as their own
     * supervisor, an intensive without a name or ending before it starts), leaving the log unchanged.
     */
    public Validated<LeaderLog> record(MemberId candidate, LogEntry entry) {
        Objects.requireNonNull(entry, "entry");
        var log = logOf(candidate);
        var now = clock.instant();
        var violations = EntryRules.check(log, entry, now, LocalDate.ofInstant(now, zone));
        return Validated.of(violations, () -> log.with(entry)).map(updated -> {
            store.save(updated);
            return updated;
        });
    }

    /** {@code candidate}'s log; empty when nothing was recorded yet. */
    public LeaderLog logOf(MemberId candidate) {
        Objects.requireNonNull(candidate, "candidate");
        return store.find(candidate).orElseGet(() -> LeaderLog.empty(candidate));
    }

    /** Every requirement of {@code pathway}, met or unmet, for {@code candidate}'s log. */
    public PathwayProgress progress(MemberId candidate, CredentialingPathway pathway) {
        return progress(logOf(candidate), pathway);
    }

    /** Every requirement of {@code pathway}, met or unmet, for {@code log}. */
    public static PathwayProgress progress(LeaderLog log, CredentialingPathway pathway) {
        return PathwayAssessment.assess(Objects.requireNonNull(pathway, "pathway"), Objects.requireNonNull(log, "log"));
    }
}
