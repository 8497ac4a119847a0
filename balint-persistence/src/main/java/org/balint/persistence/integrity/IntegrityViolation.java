package org.balint.persistence.integrity;

import java.util.Objects;
import org.balint.core.validation.Violation;

/**
 * The database refused a write because it would break one of its rules (a unique, foreign-key, check
 * or not-null constraint) that the adapter could not rule out beforehand, typically because another
 * transaction made the same change at the same moment.
 *
 * <p>It carries the broken rule as a {@link Violation} with a stable reason code (for example
 * {@code duplicate-outbox-message}) and a sentence for the person affected, never the driver's SQL
 * message. When it is thrown the transaction has been marked for rollback: nothing the transaction
 * wrote will be stored, so the caller retries the whole unit of work or reports the violation.
 */
public final class IntegrityViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Violation violation;
    private final String constraint;

    IntegrityViolation(Violation violation, String constraint, Throwable cause) {
        super(Objects.requireNonNull(violation, "violation").toString(), cause);
        this.violation = violation;
        this.constraint = Objects.requireNonNull(constraint, "constraint");
    }

    /** The broken rule, with its reason code and a human sentence. */
    public Violation violation() {
        return violation;
    }

    /** The reason code, for example {@code duplicate-outbox-message}. */
    public String code() {
        return violation.code();
    }

    /**
     * The name of the database constraint that refused the write, in lower case, or
     * {@code unknown-constraint} when the database did not name one that Balint declares.
     */
    public String constraint() {
        return constraint;
    }
}
