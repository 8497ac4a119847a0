package org.balint.lti.tool.config;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.balint.core.certificate.RecordRetention;

/**
 * How long certificate and credit records, and the groups they belong to, are kept after their series
 * ended: {@code balint.retention.period}, an ISO-8601 period such as {@code P6Y} (the default, which
 * covers the accreditors' audit windows). The LMS administrators' retention page shows it and purges
 * what is past it.
 */
public final class RetentionSettings {

    /** The configuration property. */
    public static final String PROPERTY = "balint.retention.period";

    private RetentionSettings() {
    }

    /**
     * The retention configured in {@code properties}, six years when none is.
     *
     * @throws IllegalStateException when the value is not a positive ISO-8601 period: the tool does not start
     */
    public static RecordRetention read(Function<String, Optional<String>> properties) {
        Objects.requireNonNull(properties, "properties");
        Optional<String> text = properties.apply(PROPERTY).map(String::strip).filter(t -> !t.isEmpty());
        if (text.isEmpty()) {
            return RecordRetention.sixYears();
        }
        Period period;
        try {
            period = Period.parse(text.get().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(PROPERTY + " must be an ISO-8601 period such as P6Y (six years) or P7Y6M; "
                    + "it is '" + text.get() + "'.", e);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalStateException(PROPERTY + " must be a positive period such as P6Y; it is '" + text.get()
                    + "', which would keep nothing.");
        }
        return new RecordRetention(period);
    }
}
