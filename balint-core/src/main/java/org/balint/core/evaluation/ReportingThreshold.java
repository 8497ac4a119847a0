package org.balint.core.evaluation;

import java.util.List;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * The fewest complete evaluations a group report needs before it shows per-objective figures and
 * comments. Balint groups are small: with one or two responses, a mean is one member's answer, so
 * below the threshold the report gives only the number of responses and the response rate.
 *
 * <p>The default is {@value #DEFAULT}.
 */
public record ReportingThreshold(int minimumResponses) {

    public static final int DEFAULT = 3;

    public ReportingThreshold {
        if (minimumResponses < 1) {
            throw new IllegalArgumentException("a report needs at least one response, got " + minimumResponses);
        }
    }

    /** {@value #DEFAULT} responses. */
    public static ReportingThreshold standard() {
        return new ReportingThreshold(DEFAULT);
    }

    /** A threshold of {@code minimumResponses}, or the reason it cannot be used (below 1). */
    public static Validated<ReportingThreshold> of(int minimumResponses) {
        var violations = minimumResponses < 1
                ? List.of(Violation.of("reporting-threshold-too-low", "the reporting threshold is "
                        + minimumResponses + "; it must be at least 1 (and 3 or more keeps members anonymous)"))
                : List.<Violation>of();
        return Validated.of(violations, () -> new ReportingThreshold(minimumResponses));
    }
}
