package org.balint.persistence.group;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import java.util.Objects;
import org.balint.core.validation.Violation;
import org.balint.persistence.integrity.Constraints;

/**
 * Someone else changed the same records between the moment they were read and the moment this
 * change was to be stored (two leaders editing one group, two registrations for the same group handled
 * at once): storing it would silently undo the other change, so it is refused.
 *
 * <p>It carries the refusal as a {@link Violation} with a stable reason code (for example
 * {@code group-changed-concurrently}) and a sentence for the person affected. When it is thrown the
 * transaction has been marked for rollback: nothing it wrote is stored. Reload and apply the change
 * again.
 */
public final class ChangedConcurrently extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Violation violation;

    /**
     * A refused change.
     *
     * @param violation the reason code and sentence
     * @param cause     the provider's optimistic-locking failure
     */
    public ChangedConcurrently(Violation violation, Throwable cause) {
        super(Objects.requireNonNull(violation, "violation").toString(), cause);
        this.violation = violation;
    }

    /** The refusal, with its reason code and a human sentence. */
    public Violation violation() {
        return violation;
    }

    /** The reason code, for example {@code group-changed-concurrently}. */
    public String code() {
        return violation.code();
    }

    /**
     * Sends the entity manager's pending writes to the database through {@code constraints}, as
     * {@link Constraints#flush} does, and refuses them with {@code changed} when a versioned row was
     * changed by another transaction since it was read. The transaction is then marked for rollback.
     *
     * @throws ChangedConcurrently when a version check fails
     * @throws org.balint.persistence.integrity.IntegrityViolation when a constraint refuses the write
     */
    public static void flush(EntityManager entityManager, Constraints constraints, Violation changed) {
        Objects.requireNonNull(entityManager, "entityManager");
        Objects.requireNonNull(constraints, "constraints");
        Objects.requireNonNull(changed, "changed");
        try {
            constraints.flush(entityManager);
        } catch (OptimisticLockException e) {
            markForRollback(entityManager);
            throw new ChangedConcurrently(changed, e);
        }
    }

    private static void markForRollback(EntityManager entityManager) {
        try {
            EntityTransaction transaction = entityManager.getTransaction();
            if (transaction.isActive()) {
                transaction.setRollbackOnly();
            }
        } catch (IllegalStateException containerManaged) {
            // JTA: the provider has already marked the container's transaction for rollback.
        }
    }
}
