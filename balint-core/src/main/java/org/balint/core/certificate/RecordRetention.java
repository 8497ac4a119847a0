package org.balint.core.certificate;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * How long certificate and credit records are kept: a period counted from when a record was made
 * (six years unless the provider configures otherwise, which covers the accreditors' audit windows).
 *
 * @param period the retention period; positive
 */
public record RecordRetention(Period period) {

    /** The usual retention: six years. */
    public static final Period DEFAULT_PERIOD = Period.ofYears(6);

    public RecordRetention {
        Objects.requireNonNull(period, "period");
        if (!isPositive(period)) {
            throw new IllegalArgumentException("a retention period must be positive: " + period);
        }
    }

    /** Records kept for six years. */
    public static RecordRetention sixYears() {
        return new RecordRetention(DEFAULT_PERIOD);
    }

    /** Records kept for {@code period}, or the reason that cannot be. */
    public static Validated<RecordRetention> of(Period period) {
        return isPositive(period) ? Validated.valid(new RecordRetention(period))
                : Validated.invalid(Violation.of("retention-period-not-positive", "A retention period of " + period
                        + " keeps nothing: use a positive period (the usual one is 6 years)."));
    }

    private static boolean isPositive(Period period) {
        return !period.isNegative() && !period.isZero();
    }

    /** Until when a record made at {@code recordedAt} is kept (calendar periods counted in UTC). */
    public Instant retainedUntil(Instant recordedAt) {
        return recordedAt.atOffset(ZoneOffset.UTC).plus(period).toInstant();
    }

    /** Whether a record made at {@code recordedAt} is past its retention at {@code at}. */
    public boolean isPastRetention(Instant recordedAt, Instant at) {
        return !at.isBefore(retainedUntil(recordedAt));
    }

    /** Whether {@code certificate} is past its retention at {@code at}, counted from when it was issued. */
    public boolean isPastRetention(Certificate certificate, Instant at) {
        return isPastRetention(certificate.issuedAt(), at);
    }
}
