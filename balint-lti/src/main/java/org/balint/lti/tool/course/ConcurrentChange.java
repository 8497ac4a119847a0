package org.balint.lti.tool.course;

import java.util.Objects;
import org.balint.core.validation.Violation;

/**
 * Another transaction changed the same Balint records at the same moment (two leaders creating the
 * same group, two registrations racing for the last place). Nothing of the losing transaction was
 * kept; the services run it again, which then sees the winner's change.
 */
public final class ConcurrentChange extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Violation violation;

    /** The conflict the storage reported, with its reason code. */
    public ConcurrentChange(Violation violation, Throwable cause) {
        super(violation.toString(), cause);
        this.violation = Objects.requireNonNull(violation, "violation");
    }

    /** The storage's reason code and sentence. */
    public Violation violation() {
        return violation;
    }
}
