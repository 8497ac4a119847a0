/**
 * Balint's members' credit results in the LMS gradebook: {@link org.balint.lti.tool.gradebook.GradebookDelivery}
 * claims the {@code gradebook-score} messages that
 * {@link org.balint.persistence.credit.GradebookCreditResults} writes to the persistence outbox, finds or
 * creates each group's gradebook column, publishes each result as an Assignment and Grade Services score and
 * records what became of it, so each member's latest result lands exactly once however often the LMS or the
 * tool fails in between.
 */
package org.balint.lti.tool.gradebook;
