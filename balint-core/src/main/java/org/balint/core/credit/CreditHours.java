package org.balint.core.credit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * An exact amount of continuing-education credit, kept in quarter hours (0.25 credit): the smallest
 * unit accreditors award. {@code 1.00} credit stands for one hour of formal time.
 *
 * <p>Never negative. Build amounts a person typed with {@link #parse(String)} or {@link #of(BigDecimal)}
 * (they answer with reasons); build amounts the software computed with {@link #ofQuarterHours(long)}.
 *
 * @param quarterHours the amount in quarter hours: {@code 4} is 1.00 credit
 */
public record CreditHours(long quarterHours) implements Comparable<CreditHours> {

    /** No credit. */
    public static final CreditHours ZERO = new CreditHours(0);

    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final CreditHours[] SMALL = new CreditHours[129];

    static {
        SMALL[0] = ZERO;
        for (int i = 1; i < SMALL.length; i++) {
            SMALL[i] = new CreditHours(i);
        }
    }

    public CreditHours {
        if (quarterHours < 0) {
            throw new IllegalArgumentException("credit cannot be negative: " + quarterHours + " quarter hours");
        }
    }

    /** {@code quarterHours} × 0.25 credit. */
    public static CreditHours ofQuarterHours(long quarterHours) {
        return quarterHours >= 0 && quarterHours < SMALL.length
                ? SMALL[(int) quarterHours] : new CreditHours(quarterHours);
    }

    /** A whole number of credits, e.g. {@code ofWholeCredits(3)} is 3.00. */
    public static CreditHours ofWholeCredits(long credits) {
        return ofQuarterHours(Math.multiplyExact(credits, 4L));
    }

    /**
     * Minutes turned into credit the way accreditors count formal time: minutes ÷ 60, rounded to the
     * nearest quarter hour, an exact half rounding up. 55 minutes are 1.00 credit, 52 are 0.75.
     */
    public static CreditHours nearestQuarterHourOf(long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes cannot be negative: " + minutes);
        }
        return ofQuarterHours(roundedQuarterHours(minutes));
    }

    /** The most whole quarter hours that fit into {@code minutes} (never more credit than time). */
    public static CreditHours quarterHoursWithin(long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes cannot be negative: " + minutes);
        }
        return ofQuarterHours(minutes / 15);
    }

    /** Quarter hours in {@code minutes}, to the nearest one, an exact half (7.5 minutes) rounding up. */
    static long roundedQuarterHours(long minutes) {
        return (2 * minutes + 15) / 30;
    }

    /**
     * An amount a person entered, such as {@code 1.5} or {@code 0.75}: answers with every reason when
     * it is negative or not a whole number of quarter hours.
     */
    public static Validated<CreditHours> of(BigDecimal credits) {
        List<Violation> problems = new ArrayList<>(2);
        if (credits.signum() < 0) {
            problems.add(Violation.of("negative-credit",
                    credits.toPlainString() + " is negative: credit is zero or more"));
        }
        BigDecimal quarters = credits.multiply(FOUR);
        if (quarters.stripTrailingZeros().scale() > 0) {
            problems.add(Violation.of("credit-not-in-quarter-hours", credits.toPlainString()
                    + " is not a whole number of quarter hours: use steps of 0.25 (for example 1.25 or 1.5)"));
        }
        return Validated.of(problems, () -> ofQuarterHours(quarters.longValueExact()));
    }

    /** An amount typed as text, such as {@code "3.75"}; see {@link #of(BigDecimal)}. */
    public static Validated<CreditHours> parse(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return Validated.invalid(Violation.of("credit-not-a-number",
                    "\"" + text + "\" is not an amount of credit: write a number such as 1.25"));
        }
        return of(value);
    }

    public CreditHours plus(CreditHours other) {
        return ofQuarterHours(Math.addExact(quarterHours, other.quarterHours));
    }

    /** The smaller of the two amounts. */
    public CreditHours min(CreditHours other) {
        return quarterHours <= other.quarterHours ? this : other;
    }

    public boolean isZero() {
        return quarterHours == 0;
    }

    /** Whether this is a whole number of credits (1.00, 2.00…), the only amounts APA CE awards. */
    public boolean isWhole() {
        return quarterHours % 4 == 0;
    }

    public boolean exceeds(CreditHours other) {
        return quarterHours > other.quarterHours;
    }

    /** The minutes of formal time this amount stands for (1.00 credit is 60 minutes). */
    public long minutes() {
        return quarterHours * 15;
    }

    /** The amount with two decimals, e.g. {@code 1.75}. */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(quarterHours * 25, 2);
    }

    @Override
    public int compareTo(CreditHours other) {
        return Long.compare(quarterHours, other.quarterHours);
    }

    /** The amount as printed on certificates: {@code 1.00}, {@code 0.75}, {@code 3.75}. */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
