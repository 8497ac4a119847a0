/**
 * Integrity of stored records: when the database refuses a write because it would break a unique,
 * foreign-key, check or not-null constraint, Balint reports the broken rule as an
 * {@link org.balint.persistence.integrity.IntegrityViolation} carrying a
 * {@link org.balint.core.validation.Violation} (a stable reason code and a human sentence), never as
 * a driver's SQL exception, and the whole transaction is rolled back so nothing is half-stored.
 *
 * <p>Each adapter names the constraints of its tables in a
 * {@link org.balint.persistence.integrity.Constraints} catalogue and flushes through it. Adapters
 * check what they can before writing (a duplicate that already exists is a domain outcome, not an
 * error); the database constraint is the last line of defence against two transactions making the
 * same change at the same moment.
 *
 * <p>Records that people edit concurrently carry a version (optimistic locking). When another
 * transaction changed such a record since this one read it, the catalogue's
 * {@link org.balint.persistence.integrity.Constraints#andEditConflict meaning for an edit conflict}
 * turns the provider's optimistic-lock failure into an
 * {@link org.balint.persistence.integrity.EditConflict} with a reason code and a sentence telling the
 * person to reload and make the change again; the transaction is rolled back likewise.
 */
package org.balint.persistence.integrity;
