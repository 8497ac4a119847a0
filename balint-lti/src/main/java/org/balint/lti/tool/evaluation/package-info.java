/**
 * A group's series evaluation in the tool, over the core's {@code org.balint.core.evaluation}: the group's
 * faculty set its learning objectives (the group's own, never constants), members rate each before and after
 * the series on the core's rating scale and may comment (bounded, with the core's notice against patient
 * details), and the faculty read the summary, which withholds figures below the reporting threshold so that
 * no member's answers can be recognised. {@link org.balint.lti.tool.evaluation.SeriesEvaluations} serves the
 * pages and the JSON API alike, one transaction per call on one tenant's records.
 */
package org.balint.lti.tool.evaluation;
