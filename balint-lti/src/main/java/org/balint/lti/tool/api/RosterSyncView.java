package org.balint.lti.tool.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.balint.lti.tool.roster.RosterSyncStates;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The last roster sync of the caller's placement.
 *
 * @param startedAt      when it started (ISO-8601)
 * @param finishedAt     when it finished, once it has
 * @param outcome        {@code synced}, {@code not-synced-yet} or the reason code of the failure
 * @param detail         what it changed, or what went wrong and what to do
 * @param coLeadersAdded course faculty added as co-leaders
 * @param left           registered people who left the course, and so the group
 * @param unchanged      registered people still in the course
 * @param notRegistered  learners in the course who have not registered
 */
@Schema(name = "RosterSync", description = "The outcome of the last roster sync with the course.")
public record RosterSyncView(String startedAt, Optional<String> finishedAt, @Schema(examples = "synced") String outcome,
        String detail, int coLeadersAdded, int left, int unchanged, int notRegistered) {

    /** Validates the parts. */
    public RosterSyncView {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }

    static RosterSyncView of(RosterSyncStates.SyncState state) {
        return new RosterSyncView(state.startedAt().toString(), state.finishedAt().map(Instant::toString), state.outcome(),
                state.detail(), state.counts().coLeadersAdded(), state.counts().left(), state.counts().unchanged(),
                state.counts().notRegistered());
    }
}
