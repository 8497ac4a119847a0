/**
 * Credit records in the database: per tenant, group, member and kind of credit, the latest credit
 * decision with its whole explanation (every rule met or unmet with its sentence, and per session the
 * minutes and credit that counted) and the member's claim, earned and claimed credit both kept.
 *
 * <p>{@link org.balint.persistence.credit.JpaCreditRecords} implements the core's
 * {@link org.balint.core.credit.CreditRecords} port for one tenant, in the caller's transaction.
 * {@link org.balint.persistence.credit.GradebookCreditResults} records a decision and, when it changes
 * the member's result, enqueues the gradebook score in the transactional outbox in the same
 * transaction. A record's group must be stored for its tenant (foreign key {@code fk_credit_record_group};
 * otherwise the write is refused with {@code unknown-group}). Only identifiers, minutes, credit and the rules' sentences are stored: never case narratives or
 * patient details.
 */
package org.balint.persistence.credit;
