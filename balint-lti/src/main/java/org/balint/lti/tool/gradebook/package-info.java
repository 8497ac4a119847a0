/**
 * Balint's members' credit results in the LMS gradebook: {@link org.balint.lti.tool.gradebook.GradebookDelivery}
 * claims the {@code gradebook-score} messages that
 * {@link org.balint.persistence.credit.GradebookCreditResults} writes to the persistence outbox, finds or
 * creates each group's gradebook column, publishes each result as an Assignment and Grade Services score and
 * records what became of it, so each member's latest result lands exactly once however often the LMS or the
 * tool fails in between.
 *
 * <p>In the running tool {@link org.balint.lti.tool.gradebook.GradebookDeliveries} runs one delivery per tenant
 * with one set of workers over all of them, and {@link org.balint.lti.tool.gradebook.LeaderCredit} works out each
 * member's credit decision for the leader's page, records the decisions (so changed results reach the outbox)
 * and sends a given-up result again.
 */
package org.balint.lti.tool.gradebook;
