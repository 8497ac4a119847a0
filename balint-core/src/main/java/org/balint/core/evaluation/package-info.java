/**
 * Evaluations of a Balint group series: the group's own learning objectives, each member's ratings of
 * them before and after the series with free-text comments, and the group report.
 *
 * <h2>The form</h2>
 * Each group has its own {@link org.balint.core.evaluation.EvaluationForm}: its learning objectives
 * (data chosen by the provider, typically eight to ten, at most
 * {@value org.balint.core.evaluation.EvaluationForm#MAX_OBJECTIVES}, no blanks, no duplicates), a
 * {@link org.balint.core.evaluation.RatingScale} with labelled anchors (by default 1 poor to 5
 * excellent) and optionally a closing moment.
 *
 * <h2>Submitting</h2>
 * {@link org.balint.core.evaluation.GroupEvaluations#submit} checks a submission against every rule
 * and either stores it or returns every reason it was refused: the member must be on the group's
 * roster, the form must be open, ratings must be for the form's objectives and on its scale,
 * comments at most {@value org.balint.core.evaluation.EvaluationForm#MAX_COMMENT_LENGTH} characters,
 * and something must be given. A member has one evaluation per group. Until the form closes, a new
 * submission replaces the earlier one in full; a complete evaluation can only be replaced by another
 * complete one, because a credit decision may already rest on it.
 *
 * <h2>Completeness and credit</h2>
 * {@link org.balint.core.evaluation.Evaluation#isComplete()} is true when every objective is rated
 * both before and after the series; {@link org.balint.core.evaluation.GroupEvaluations#hasCompletedEvaluation}
 * answers the same for a member, for credit policies that release credit only after a completed
 * evaluation.
 *
 * <h2>Reports and anonymity</h2>
 * The {@link org.balint.core.evaluation.EvaluationReport} counts complete evaluations by current
 * members (responses), the response rate (responses ÷ members) and, per objective, the mean rating
 * before and after and the change. Below the {@link org.balint.core.evaluation.ReportingThreshold}
 * (3 responses by default) per-objective figures and comments are withheld, so that one or two
 * members' answers cannot be read off the report. Comments are reported without names, in
 * alphabetical order.
 *
 * <h2>Confidentiality</h2>
 * The core does not screen comments for patient details. The form carries
 * {@link org.balint.core.evaluation.EvaluationForm#COMMENTS_NOTICE}, which user interfaces show above
 * the comment box, asking members not to write anything that could identify a patient or a case.
 *
 * <p>All types are immutable and null-free; time comes from an injected {@link java.time.Clock}.
 */
package org.balint.core.evaluation;
