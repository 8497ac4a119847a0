/**
 * Evaluations kept in the database: each group's evaluation form and each member's evaluation of the
 * group series.
 *
 * <p>{@link org.balint.persistence.evaluation.JpaEvaluationStore} is the core's
 * {@link org.balint.core.evaluation.EvaluationStore}: one evaluation per member per group (the unique
 * constraint {@code uq_evaluation_group_member}), with its rating of each learning objective before
 * and after the series, either possibly missing, in the evaluation's order. The objective's statement is
 * kept with each rating as the member rated it, so an evaluation reads back the same after its form
 * changes. {@link org.balint.persistence.evaluation.JpaEvaluationForms} keeps each group's
 * {@link org.balint.core.evaluation.EvaluationForm} (objectives, rating scale with its anchors, closing
 * moment), for which the core has no port.
 *
 * <p>Both adapters are bound to one tenant, work in the caller's transaction, change stored rows in
 * place and increment the version of every aggregate they change (optimistic locking). Groups are
 * referred to by their id value and must be stored for the tenant (foreign keys
 * {@code fk_evaluation_form_group} and {@code fk_evaluation_group}; otherwise {@code unknown-group}).
 *
 * <p>Members' comments are their own words about the group, not case narratives: they are stored as
 * written and never logged or put into exception messages.
 */
package org.balint.persistence.evaluation;
