package org.balint.core.attendance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.balint.core.audit.Actor;
import org.balint.core.group.MemberId;

/**
 * A leader's word on one member's attendance in one session. It wins over every attendance report
 * for that member and session, including reports imported after it, until the leader withdraws it.
 */
public sealed interface LeaderCorrection
        permits LeaderCorrection.PresenceSet, LeaderCorrection.MarkedExcused, LeaderCorrection.MarkedAbsent {

    MemberId member();

    /** The leader who made the correction. */
    Actor by();

    Instant at();

    /** The leader recorded when the member was present. */
    record PresenceSet(MemberId member, List<PresenceInterval> presence, Actor by, Instant at)
            implements LeaderCorrection {
        public PresenceSet {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            presence = Intervals.sortedWithoutOverlap(presence);
            if (presence.isEmpty()) {
                throw new IllegalArgumentException("a presence correction records at least one interval");
            }
        }
    }

    /** The leader excused the member from the session. */
    record MarkedExcused(MemberId member, Actor by, Instant at) implements LeaderCorrection {
        public MarkedExcused {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The leader recorded the member as absent, whatever the reports show. */
    record MarkedAbsent(MemberId member, Actor by, Instant at) implements LeaderCorrection {
        public MarkedAbsent {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }
}
