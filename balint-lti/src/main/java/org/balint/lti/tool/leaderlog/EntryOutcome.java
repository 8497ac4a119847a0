package org.balint.lti.tool.leaderlog;

import java.util.List;
import java.util.Objects;
import org.balint.lti.tool.course.FieldViolation;

/** What came of logging an entry: added, or refused with every reason and nothing stored. */
public sealed interface EntryOutcome {

    /**
     * Added to the log.
     *
     * @param overview the log with the entry, and the progress it makes
     * @param summary  one sentence saying what was logged
     */
    record Added(LogOverview overview, String summary) implements EntryOutcome {
        /** Validates the parts. */
        public Added {
            Objects.requireNonNull(overview, "overview");
            Objects.requireNonNull(summary, "summary");
        }
    }

    /**
     * Nothing was stored.
     *
     * @param status     400 for an entry to correct, 404 when the group is gone
     * @param violations every reason, placed at the field it concerns where there is one
     */
    record Refused(int status, List<FieldViolation> violations) implements EntryOutcome {
        /** Validates and copies the parts. */
        public Refused {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs its reasons");
            }
        }
    }
}
