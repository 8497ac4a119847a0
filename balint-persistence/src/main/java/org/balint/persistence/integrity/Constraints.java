package org.balint.persistence.integrity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.balint.core.validation.Violation;

/**
 * The database constraints an adapter's tables declare (named in the migrations, for example
 * {@code uq_outbox_tenant_key}) and what breaking each one means in Balint's words.
 *
 * <p>Adapters write through {@link #flush(EntityManager)}, so a write the database refuses surfaces
 * inside the adapter as an {@link IntegrityViolation} with a reason code, never as a driver's SQL
 * exception at commit time. Constraint names are matched case-insensitively (Derby reports them in
 * upper case, PostgreSQL as declared). A refused write whose constraint is not listed still becomes an
 * {@code IntegrityViolation}, with a general reason code for its kind of constraint.
 *
 * <p>A catalogue for records that people edit concurrently (versioned with optimistic locking) also
 * says what a lost race means for them ({@link #andEditConflict(Violation)}): a write that finds the
 * record changed by another transaction since it was read then surfaces as an {@link EditConflict}
 * with that reason code, never as the provider's {@link OptimisticLockException}. A catalogue that
 * declares no such meaning lets the provider's exception through unchanged.
 */
public final class Constraints {

    private final Map<String, Violation> byName;
    private final Optional<Violation> editConflict;

    private Constraints(Map<String, Violation> byName, Optional<Violation> editConflict) {
        this.byName = Collections.unmodifiableMap(byName);
        this.editConflict = editConflict;
    }

    /** A catalogue with one constraint: breaking {@code constraintName} means {@code violation}. */
    public static Constraints named(String constraintName, Violation violation) {
        return new Constraints(Map.of(), Optional.empty()).and(constraintName, violation);
    }

    /**
     * This catalogue, also saying what it means when another transaction changed a versioned record
     * since this one read it, for example {@code rotation-edited-concurrently}: "Another leader changed
     * this rotation plan while you were editing it; reload it and re-plan."
     */
    public Constraints andEditConflict(Violation violation) {
        Objects.requireNonNull(violation, "violation");
        if (editConflict.isPresent()) {
            throw new IllegalArgumentException("the catalogue already says what an edit conflict means: " + editConflict.get());
        }
        return new Constraints(new LinkedHashMap<>(byName), Optional.of(violation));
    }

    /** This catalogue plus one more constraint. */
    public Constraints and(String constraintName, Violation violation) {
        Objects.requireNonNull(constraintName, "constraintName");
        Objects.requireNonNull(violation, "violation");
        String name = constraintName.toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("constraint names are plain SQL identifiers: " + constraintName);
        }
        Map<String, Violation> more = new LinkedHashMap<>(byName);
        if (more.putIfAbsent(name, violation) != null) {
            throw new IllegalArgumentException("constraint " + name + " is already described");
        }
        return new Constraints(more, editConflict);
    }

    /** This catalogue plus every constraint of {@code other}, and what an edit conflict means if {@code other} says so. */
    public Constraints and(Constraints other) {
        Constraints all = this;
        for (Map.Entry<String, Violation> entry : other.byName.entrySet()) {
            all = all.and(entry.getKey(), entry.getValue());
        }
        if (other.editConflict.isPresent()) {
            all = all.andEditConflict(other.editConflict.get());
        }
        return all;
    }

    /**
     * Sends the entity manager's pending writes to the database now.
     *
     * @throws IntegrityViolation when the database refuses them because of a constraint; the
     *     transaction is then marked for rollback
     * @throws EditConflict when this catalogue says what an edit conflict means and another
     *     transaction changed a versioned record since this one read it; the transaction is then
     *     marked for rollback
     */
    public void flush(EntityManager entityManager) {
        Objects.requireNonNull(entityManager, "entityManager");
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            Optional<EditConflict> conflict = translateConflict(e);
            if (conflict.isPresent()) {
                markForRollback(entityManager);
                throw conflict.get();
            }
            Optional<IntegrityViolation> violation = translate(e);
            if (violation.isEmpty()) {
                throw e;
            }
            markForRollback(entityManager);
            throw violation.get();
        }
    }

    /**
     * The edit conflict behind {@code failure}, if it reports that another transaction changed a
     * versioned record since this one read it (an {@link OptimisticLockException} anywhere in its
     * causes, as at commit time) and this catalogue says what that means; empty otherwise.
     */
    public Optional<EditConflict> translateConflict(RuntimeException failure) {
        Objects.requireNonNull(failure, "failure");
        if (editConflict.isEmpty()) {
            return Optional.empty();
        }
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable current = failure; current != null && seen.add(current); current = current.getCause()) {
            if (current instanceof OptimisticLockException) {
                return Optional.of(new EditConflict(editConflict.get(), failure));
            }
        }
        return Optional.empty();
    }

    /**
     * The integrity violation behind {@code failure}, if the database refused a write because of a
     * constraint; empty for every other failure (a lost connection, a lock time-out).
     */
    public Optional<IntegrityViolation> translate(RuntimeException failure) {
        Objects.requireNonNull(failure, "failure");
        List<SQLException> refusals = new ArrayList<>();
        for (SQLException sql : sqlExceptionsIn(failure)) {
            String state = sql.getSQLState();
            if (state != null && state.startsWith("23")) {
                refusals.add(sql);
            }
        }
        // A batch failure may name the constraint only in a chained exception: look at all of them.
        for (SQLException refusal : refusals) {
            String message = Objects.toString(refusal.getMessage(), "").toLowerCase(Locale.ROOT);
            for (Map.Entry<String, Violation> known : byName.entrySet()) {
                if (mentions(message, known.getKey())) {
                    return Optional.of(new IntegrityViolation(known.getValue(), known.getKey(), failure));
                }
            }
        }
        return refusals.stream().findFirst()
                .map(refusal -> new IntegrityViolation(generalViolation(refusal.getSQLState()), "unknown-constraint", failure));
    }

    /** The constraint names this catalogue describes, in lower case. */
    public Set<String> names() {
        return byName.keySet();
    }

    private static boolean mentions(String message, String constraint) {
        int at = message.indexOf(constraint);
        while (at >= 0) {
            int end = at + constraint.length();
            boolean startsWord = at == 0 || !isIdentifierPart(message.charAt(at - 1));
            boolean endsWord = end == message.length() || !isIdentifierPart(message.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
            at = message.indexOf(constraint, at + 1);
        }
        return false;
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static Violation generalViolation(String sqlState) {
        switch (sqlState) {
            case "23505":
                return Violation.of("duplicate-record",
                        "The same record was stored by another change at the same moment; nothing was stored. Reload and try again.");
            case "23503":
                return Violation.of("missing-related-record",
                        "The change refers to a record that does not exist (or was just removed), or removes one that others refer to; nothing was stored.");
            case "23502":
                return Violation.of("missing-required-value", "The change leaves out a value the record needs; nothing was stored.");
            default:
                return Violation.of("record-rule-broken",
                        "The database refused the change because it breaks one of the record's rules; nothing was stored.");
        }
    }

    private static List<SQLException> sqlExceptionsIn(Throwable failure) {
        List<SQLException> found = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable current = failure;
        while (current != null && seen.add(current)) {
            if (current instanceof SQLException sql) {
                found.add(sql);
                SQLException next = sql.getNextException();
                while (next != null && seen.add(next)) {
                    found.add(next);
                    next = next.getNextException();
                }
            }
            current = current.getCause();
        }
        return found;
    }

    /**
     * Marks the caller's transaction so that nothing it wrote is stored: an adapter calls it before it
     * throws a refusal it found itself. A container-managed (JTA) entity manager does not hand out its
     * transaction; the caller's transaction boundary rolls back on the refusal then.
     */
    public static void markForRollback(EntityManager entityManager) {
        try {
            EntityTransaction transaction = entityManager.getTransaction();
            if (transaction.isActive()) {
                transaction.setRollbackOnly();
            }
        } catch (IllegalStateException containerManaged) {
            // JTA: the entity manager may not hand out its transaction; the provider has already
            // marked the container's transaction for rollback when the flush failed.
        }
    }
}
