package org.balint.core.leadership;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * What a leader candidate must do to be credentialed, as data: lead or co-lead a group in a number of
 * calendar months, have a number of sessions supervised, and attend a number of intensives.
 *
 * <p>{@link #balintSocietyDefaults(ZoneId)} is modelled on the Balint Society's leader credentialing:
 * leading or co-leading monthly for 24 months, at least 12 supervised sessions and 3 intensives.
 *
 * <p>"Monthly for 24 months" is counted as calendar months, in {@link #zone()}, with at least one
 * session led or co-led; several sessions in one month count once. By default the months need not be
 * consecutive: groups commonly pause over summer or holidays, and a pause does not undo experience
 * gained. A provider that requires an unbroken run sets {@code consecutiveMonths}; then the longest run
 * of consecutive months counts, so a gap starts a new run but never takes away a run already made.
 */
public record CredentialingPathway(int monthsLeading, boolean consecutiveMonths, int supervisedSessions,
        int intensives, ZoneId zone) {

    /** The longest leading requirement accepted: ten years. */
    public static final int MAX_MONTHS = 120;
    /** The most supervised sessions a pathway may ask for. */
    public static final int MAX_SUPERVISED_SESSIONS = 200;
    /** The most intensives a pathway may ask for. */
    public static final int MAX_INTENSIVES = 20;

    public CredentialingPathway {
        Objects.requireNonNull(zone, "zone");
        var violations = check(monthsLeading, supervisedSessions, intensives);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.toString());
        }
    }

    /** 24 months leading or co-leading (not necessarily consecutive), 12 supervised sessions, 3 intensives. */
    public static CredentialingPathway balintSocietyDefaults(ZoneId zone) {
        return new CredentialingPathway(24, false, 12, 3, zone);
    }

    /** The given pathway, or every reason its numbers are impossible (negative, above the maximum, or all zero). */
    public static Validated<CredentialingPathway> of(int monthsLeading, boolean consecutiveMonths,
            int supervisedSessions, int intensives, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return Validated.of(check(monthsLeading, supervisedSessions, intensives),
                () -> new CredentialingPathway(monthsLeading, consecutiveMonths, supervisedSessions, intensives, zone));
    }

    /** This pathway with the months of leading required to be consecutive, or not. */
    public CredentialingPathway withConsecutiveMonths(boolean consecutive) {
        return new CredentialingPathway(monthsLeading, consecutive, supervisedSessions, intensives, zone);
    }

    private static List<Violation> check(int months, int supervised, int intensives) {
        var violations = new ArrayList<Violation>();
        within("months-leading", "months leading", months, MAX_MONTHS, violations);
        within("supervised-sessions", "supervised sessions", supervised, MAX_SUPERVISED_SESSIONS, violations);
        within("intensives", "intensives", intensives, MAX_INTENSIVES, violations);
        if (months == 0 && supervised == 0 && intensives == 0) {
            violations.add(Violation.of("empty-pathway",
                    "the pathway requires nothing; require at least one month, supervised session or intensive"));
        }
        return violations;
    }

    private static void within(String code, String what, int value, int max, List<Violation> violations) {
        if (value < 0) {
            violations.add(Violation.of("negative-" + code, "the pathway asks for " + value + " " + what
                    + "; use 0 or more"));
        } else if (value > max) {
            violations.add(Violation.of("too-many-" + code, "the pathway asks for " + value + " " + what
                    + "; the most accepted is " + max));
        }
    }
}
