package org.balint.core.attendance;

import java.time.Instant;
import java.util.Objects;
import org.balint.core.audit.Actor;

/** Where a piece of attendance evidence came from. */
public sealed interface EvidenceSource
        permits EvidenceSource.LeaderMarking, EvidenceSource.ReportRow, EvidenceSource.LmsLaunch {

    /** A leader recorded or corrected the member's attendance. */
    record LeaderMarking(Actor leader, Instant markedAt) implements EvidenceSource {
        public LeaderMarking {
            Objects.requireNonNull(leader, "leader");
            Objects.requireNonNull(markedAt, "markedAt");
        }
    }

    /** One row (by line number) of a video platform's attendance report. */
    record ReportRow(ReportId report, VideoPlatform platform, int line) implements EvidenceSource {
        public ReportRow {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(platform, "platform");
            if (line < 1) {
                throw new IllegalArgumentException("lines are numbered from 1: " + line);
            }
        }
    }

    /**
     * The member opened the session from the learning management system. A launch shows that the
     * member came, not how long they stayed, so it never adds minutes on its own.
     */
    record LmsLaunch(Instant launchedAt) implements EvidenceSource {
        public LmsLaunch {
            Objects.requireNonNull(launchedAt, "launchedAt");
        }
    }
}
