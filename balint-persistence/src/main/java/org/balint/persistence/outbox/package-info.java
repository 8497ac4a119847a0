/**
 * The transactional outbox: messages Balint owes an LMS (credit results for the gradebook, for
 * example), written in the same transaction as the decision that causes them and delivered later by a
 * worker, so a decision and its message are stored together or not at all.
 *
 * <p>{@link org.balint.persistence.outbox.Outbox} is one tenant's outbox: it enqueues
 * {@link org.balint.persistence.outbox.OutboxMessage}s (an idempotency key makes a repeated enqueue a
 * {@link org.balint.persistence.outbox.EnqueueOutcome.AlreadyEnqueued} outcome, not an error), lets
 * several workers on several nodes claim due messages without ever sharing one, and records each
 * delivery result as a {@link org.balint.persistence.outbox.DeliveryOutcome}: delivered, retried later
 * under the {@link org.balint.persistence.outbox.RetryPolicy}, or dead-lettered with a reason a person
 * can act on.
 */
package org.balint.persistence.outbox;
