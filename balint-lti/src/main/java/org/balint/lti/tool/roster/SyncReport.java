package org.balint.lti.tool.roster;

import java.util.List;
import java.util.Objects;
import org.balint.core.validation.Violation;

/** What one roster sync did: the changes it made, or why it made none. */
public sealed interface SyncReport {

    /** How the course's roster was read. */
    enum Reading {
        /** Every member, over every page: whoever is missing has left. */
        FULL,
        /** Only the changes since the previous sync, from the platform's differences link. */
        DIFFERENCES
    }

    /**
     * The roster was read and applied in one transaction.
     *
     * @param reading        how it was read
     * @param coLeadersAdded names of course faculty added as co-leaders
     * @param left           names of registered people who left the course and so the group
     * @param unchanged      names of registered people still in the course
     * @param notRegistered  names of learners in the course who have not registered ("name not shared" when the
     *                       platform sent none)
     * @param notes          what the sync left alone and why (a leaver after the series ended, faculty whose
     *                       name or e-mail the course does not share)
     */
    record Synced(Reading reading, List<String> coLeadersAdded, List<String> left, List<String> unchanged,
            List<String> notRegistered, List<Violation> notes) implements SyncReport {

        /** Copies the lists. */
        public Synced {
            Objects.requireNonNull(reading, "reading");
            coLeadersAdded = List.copyOf(coLeadersAdded);
            left = List.copyOf(left);
            unchanged = List.copyOf(unchanged);
            notRegistered = List.copyOf(notRegistered);
            notes = List.copyOf(notes);
        }

        /** The counts, as stored. */
        public SyncCounts counts() {
            return new SyncCounts(coLeadersAdded.size(), left.size(), unchanged.size(), notRegistered.size());
        }
    }

    /**
     * Nothing was changed.
     *
     * @param code       the reason code, e.g. {@code roster-response-malformed}
     * @param message    what happened and what to do next
     * @param transientFailure true when trying again later may succeed without anyone changing a setting
     */
    record Failed(String code, String message, boolean transientFailure) implements SyncReport {

        /** Validates the parts. */
        public Failed {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
