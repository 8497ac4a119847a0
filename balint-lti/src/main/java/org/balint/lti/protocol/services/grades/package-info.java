/**
 * Assignment and Grade Services 2.0 (<a href="https://www.imsglobal.org/spec/lti-ags/v2p0">AGS 2.0</a>):
 * line items and scores.
 *
 * <p>{@link GradeClient} lists line items (filtered by resource link and tag, following
 * {@code rel="next"} pages), reads and creates them, and publishes scores. Publishing never throws
 * for what the platform answers: it returns a sealed {@link ScoreOutcome} that says whether the score
 * was {@link ScoreOutcome.Delivered delivered}, should be {@link ScoreOutcome.RetryLater retried
 * later} (with the platform's {@code Retry-After}), is {@link ScoreOutcome.Stale stale} (send again
 * with a newer timestamp), or was {@link ScoreOutcome.Rejected rejected} for good with a reason code
 * and a sentence for people. {@link ScoresUrl} applies the rule that {@code /scores} goes at the end
 * of the line item's path, before its query string.
 */
package org.balint.lti.protocol.services.grades;
