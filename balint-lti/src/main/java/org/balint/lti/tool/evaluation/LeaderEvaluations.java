package org.balint.lti.tool.evaluation;

import java.util.Objects;
import java.util.Optional;
import org.balint.core.evaluation.EvaluationForm;
import org.balint.core.evaluation.EvaluationReport;
import org.balint.core.evaluation.ReportingThreshold;
import org.balint.core.group.GroupId;

/**
 * A group's evaluation as its faculty see it: the form with its learning objectives, and the summary of
 * the members' evaluations, which withholds figures and comments below the reporting threshold.
 *
 * @param group      the group
 * @param groupTitle the group's title
 * @param form       the form; empty until the learning objectives are set
 * @param report     the summary; empty while there is no form
 * @param threshold  the fewest complete evaluations the summary needs before it shows figures
 */
public record LeaderEvaluations(GroupId group, String groupTitle, Optional<EvaluationForm> form,
        Optional<EvaluationReport> report, ReportingThreshold threshold) {

    /** Validates the parts. */
    public LeaderEvaluations {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(groupTitle, "groupTitle");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(threshold, "threshold");
    }
}
