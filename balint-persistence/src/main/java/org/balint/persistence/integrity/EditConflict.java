package org.balint.persistence.integrity;

import java.util.Objects;
import org.balint.core.validation.Violation;

/**
 * Another transaction changed a record while this one was editing it: this transaction read version
 * <i>n</i> of the record, and by the time it wrote, the stored record was no longer at version
 * <i>n</i> (optimistic locking). Typically two leaders edited the same thing at the same time and the
 * other one saved first.
 *
 * <p>It carries what that means as a {@link Violation} with a stable reason code (for example
 * {@code rotation-edited-concurrently}) and a sentence telling the person what to do (reload and make
 * the change again), never the persistence provider's message. When it is thrown the transaction has
 * been marked for rollback: nothing the transaction wrote will be stored, and the record stays as the
 * other transaction left it.
 */
public final class EditConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Violation violation;

    EditConflict(Violation violation, Throwable cause) {
        super(Objects.requireNonNull(violation, "violation").toString(), cause);
        this.violation = violation;
    }

    /**
     * A conflict an adapter found itself rather than through the provider's optimistic lock: for
     * example the stored record's content shows it moved on since the saved copy was read. The caller
     * marks the transaction for rollback before throwing it.
     *
     * @param violation what the conflict means, with its reason code and a sentence telling the person
     *     what to do
     * @param cause     the failure it was recognised in, or {@code null} when the adapter saw it itself
     */
    public static EditConflict of(Violation violation, Throwable cause) {
        return new EditConflict(violation, cause);
    }

    /** What the conflict means, with its reason code and a human sentence. */
    public Violation violation() {
        return violation;
    }

    /** The reason code, for example {@code rotation-edited-concurrently}. */
    public String code() {
        return violation.code();
    }
}
