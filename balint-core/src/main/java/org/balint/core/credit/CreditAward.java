package org.balint.core.credit;

import java.time.Duration;

/**
 * What a member's participation amounts to under one policy: credit hours (AAFP, APA), sessions
 * attended toward a series track, or time attended for a certificate of attendance.
 */
public sealed interface CreditAward permits CreditAward.Credit, CreditAward.SessionsAttended,
        CreditAward.TimeAttended {

    /** Credit hours earned. */
    record Credit(CreditHours hours) implements CreditAward {
        public Credit {
            java.util.Objects.requireNonNull(hours, "hours");
        }

        @Override
        public String toString() {
            return hours + " credit";
        }
    }

    /**
     * Sessions that counted as attended toward a series track, against the number required and the
     * number scheduled ("7 of 8 sessions attended; 6 required").
     */
    record SessionsAttended(int attended, int required, int scheduled) implements CreditAward {
        public SessionsAttended {
            if (attended < 0 || required < 1 || scheduled < required || attended > scheduled) {
                throw new IllegalArgumentException("impossible session counts: " + attended + " attended, "
                        + required + " required, " + scheduled + " scheduled");
            }
        }

        public boolean isComplete() {
            return attended >= required;
        }

        @Override
        public String toString() {
            return attended + " of " + scheduled + " sessions attended (" + required + " required)";
        }
    }

    /** Whole minutes attended within the scheduled sessions, for a certificate of attendance. */
    record TimeAttended(long minutes) implements CreditAward {
        public TimeAttended {
            if (minutes < 0) {
                throw new IllegalArgumentException("time attended cannot be negative: " + minutes);
            }
        }

        public Duration duration() {
            return Duration.ofMinutes(minutes);
        }

        /** Time attended as printed on a certificate, e.g. "10 hours 45 minutes". */
        @Override
        public String toString() {
            return Wording.hoursAndMinutes(minutes);
        }
    }
}
