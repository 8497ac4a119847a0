package org.balint.core.attendance;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How a member's attendance in one session reads: present, absent or excused, and for a member who
 * was present whether they came late, left early, or both. Derived from the effective presence and
 * the group's {@link AttendanceThresholds}, or set by a leader (excused, absent).
 *
 * @param standing         present, absent or excused
 * @param deviations       for a present member, {@link Deviation#LATE} and/or {@link Deviation#LEFT_EARLY};
 *                         always empty otherwise
 * @param minutesPresent   whole minutes present within the scheduled session
 * @param minutesLate      minutes between the scheduled start and the member's first joining (0 when
 *                         not present)
 * @param minutesLeftEarly minutes between the member's last leaving and the scheduled end (0 when not
 *                         present)
 */
public record AttendanceStatus(Standing standing, Set<Deviation> deviations, long minutesPresent, long minutesLate,
        long minutesLeftEarly) {

    /** Whether the member counts as having attended the session at all. */
    public enum Standing {
        /** Attended for at least the group's minimum share of the session. */
        PRESENT,
        /** Did not attend, or attended for less than the group's minimum share. */
        ABSENT,
        /** A leader excused the member from this session. */
        EXCUSED
    }

    /** Ways a present member's attendance fell short of the full session. */
    public enum Deviation {
        /** First joined later than the group's late threshold after the start. */
        LATE,
        /** Last left earlier than the group's left-early threshold before the end. */
        LEFT_EARLY
    }

    public AttendanceStatus {
        Objects.requireNonNull(standing, "standing");
        deviations = deviations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(deviations));
        if (standing != Standing.PRESENT && !deviations.isEmpty()) {
            throw new IllegalArgumentException("only a present member can be late or leave early: " + standing
                    + " " + deviations);
        }
        if (minutesPresent < 0 || minutesLate < 0 || minutesLeftEarly < 0) {
            throw new IllegalArgumentException("minutes cannot be negative");
        }
        if (standing == Standing.EXCUSED && (minutesPresent != 0 || minutesLate != 0 || minutesLeftEarly != 0)) {
            throw new IllegalArgumentException("an excused member has no presence to count");
        }
    }

    /** The status of a member a leader excused from the session. */
    public static AttendanceStatus excused() {
        return new AttendanceStatus(Standing.EXCUSED, Set.of(), 0, 0, 0);
    }

    public boolean isPresent() {
        return standing == Standing.PRESENT;
    }

    public boolean isAbsent() {
        return standing == Standing.ABSENT;
    }

    public boolean isExcused() {
        return standing == Standing.EXCUSED;
    }

    public boolean isLate() {
        return deviations.contains(Deviation.LATE);
    }

    public boolean leftEarly() {
        return deviations.contains(Deviation.LEFT_EARLY);
    }

    /** The status in a few words, e.g. "present, late and left early" or "absent (12 minutes present)". */
    public String describe() {
        if (standing == Standing.EXCUSED) {
            return "excused";
        }
        if (standing == Standing.ABSENT) {
            return minutesPresent == 0 ? "absent" : "absent (" + minutesPresent + " minutes present)";
        }
        var text = new StringBuilder("present");
        if (isLate()) {
            text.append(", late (joined ").append(minutesLate).append(" minutes after the start)");
        }
        if (leftEarly()) {
            text.append(isLate() ? " and" : ",").append(" left early (").append(minutesLeftEarly)
                    .append(" minutes before the end)");
        }
        return text.toString();
    }
}
