package org.balint.core.attendance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * How a group reads attendance: when a member counts as late, as having left early or as absent,
 * and how much slack an attendance report gets around the scheduled session.
 *
 * <p>A member is <em>late</em> when they first joined more than {@code lateAfter} after the
 * scheduled start, and <em>left early</em> when they last left more than {@code leftEarlyBefore}
 * before the scheduled end; a member can be both. A member present for less than
 * {@code presentAtLeastPercent} percent of the scheduled time (or not at all) is <em>absent</em>.
 *
 * <p>Report rows may lie up to {@code earlyJoinGrace} before the start (members who join early to
 * test their audio) and up to {@code overrunGrace} after the end (a session that ran over); such
 * minutes never count, but the rows are not errors. A row entirely outside that widened window
 * belongs to some other meeting and is rejected.
 *
 * <p>Build through {@link #of} (which reports impossible values) or start from {@link #defaults()}.
 */
public record AttendanceThresholds(
        Duration lateAfter,
        Duration leftEarlyBefore,
        int presentAtLeastPercent,
        Duration earlyJoinGrace,
        Duration overrunGrace) {

    /** Longest slack accepted around a session; beyond that a report is for another meeting. */
    static final Duration LONGEST_GRACE = Duration.ofHours(2);

    public AttendanceThresholds {
        var violations = check(lateAfter, leftEarlyBefore, presentAtLeastPercent, earlyJoinGrace, overrunGrace);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("impossible attendance thresholds: " + violations);
        }
    }

    /**
     * Late after 10 minutes, left early more than 10 minutes before the end, absent below half the
     * scheduled time, 15 minutes of slack before the start and after the end.
     */
    public static AttendanceThresholds defaults() {
        return new AttendanceThresholds(Duration.ofMinutes(10), Duration.ofMinutes(10), 50,
                Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    /** Thresholds from a group's settings, or every reason they are impossible. */
    public static Validated<AttendanceThresholds> of(Duration lateAfter, Duration leftEarlyBefore,
            int presentAtLeastPercent, Duration earlyJoinGrace, Duration overrunGrace) {
        return Validated.of(check(lateAfter, leftEarlyBefore, presentAtLeastPercent, earlyJoinGrace, overrunGrace),
                () -> new AttendanceThresholds(lateAfter, leftEarlyBefore, presentAtLeastPercent, earlyJoinGrace,
                        overrunGrace));
    }

    public AttendanceThresholds withLateAfter(Duration value) {
        return new AttendanceThresholds(value, leftEarlyBefore, presentAtLeastPercent, earlyJoinGrace, overrunGrace);
    }

    public AttendanceThresholds withLeftEarlyBefore(Duration value) {
        return new AttendanceThresholds(lateAfter, value, presentAtLeastPercent, earlyJoinGrace, overrunGrace);
    }

    public AttendanceThresholds withPresentAtLeastPercent(int value) {
        return new AttendanceThresholds(lateAfter, leftEarlyBefore, value, earlyJoinGrace, overrunGrace);
    }

    public AttendanceThresholds withGrace(Duration earlyJoin, Duration overrun) {
        return new AttendanceThresholds(lateAfter, leftEarlyBefore, presentAtLeastPercent, earlyJoin, overrun);
    }

    private static List<Violation> check(Duration lateAfter, Duration leftEarlyBefore, int presentAtLeastPercent,
            Duration earlyJoinGrace, Duration overrunGrace) {
        Objects.requireNonNull(lateAfter, "lateAfter");
        Objects.requireNonNull(leftEarlyBefore, "leftEarlyBefore");
        Objects.requireNonNull(earlyJoinGrace, "earlyJoinGrace");
        Objects.requireNonNull(overrunGrace, "overrunGrace");
        var violations = new ArrayList<Violation>();
        wholeMinutes(violations, "late-threshold", "the late threshold", lateAfter);
        wholeMinutes(violations, "left-early-threshold", "the left-early threshold", leftEarlyBefore);
        if (presentAtLeastPercent < 0 || presentAtLeastPercent > 100) {
            violations.add(Violation.of("presence-share-out-of-range", "the share of the session a member must attend"
                    + " to count as present is " + presentAtLeastPercent + " %; give a percentage from 0 to 100"));
        }
        grace(violations, "early-join-grace", "the grace for joining early", earlyJoinGrace);
        grace(violations, "overrun-grace", "the grace for a session running over", overrunGrace);
        return violations;
    }

    private static void grace(List<Violation> violations, String code, String what, Duration grace) {
        wholeMinutes(violations, code, what, grace);
        if (grace.compareTo(LONGEST_GRACE) > 0) {
            violations.add(Violation.of(code + "-too-long", what + " is " + grace.toMinutes()
                    + " minutes; at most " + LONGEST_GRACE.toMinutes() + " minutes are accepted, anything further"
                    + " away from the session belongs to another meeting"));
        }
    }

    private static void wholeMinutes(List<Violation> violations, String code, String what, Duration value) {
        if (value.isNegative()) {
            violations.add(Violation.of(code + "-negative", what + " is negative (" + value.toMinutes()
                    + " minutes); give zero or more minutes"));
        } else if (value.toSecondsPart() != 0 || value.toNanosPart() != 0) {
            violations.add(Violation.of(code + "-not-whole-minutes", what + " is " + value.toSeconds()
                    + " seconds; attendance is kept to the minute, so give whole minutes"));
        }
    }
}
