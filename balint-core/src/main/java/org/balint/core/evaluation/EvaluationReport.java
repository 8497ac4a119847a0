package org.balint.core.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;

/**
 * A group's evaluation results. Either {@link Published} with per-objective means before and after
 * the series and the members' comments, or {@link Withheld} when too few members responded for
 * figures to stay anonymous (see {@link ReportingThreshold}). Both give the number of responses, the
 * number of members and the response rate.
 *
 * <p>A response is a complete evaluation by a current member of the group made on the group's
 * current form; incomplete evaluations, evaluations by people no longer on the roster, and
 * evaluations made before the objectives were changed are not counted. Comments are listed in
 * alphabetical order, never with the member's name and never in submission order.
 */
public sealed interface EvaluationReport permits EvaluationReport.Published, EvaluationReport.Withheld {

    GroupId group();

    /** Members on the group's roster. */
    int members();

    /** Complete evaluations counted. */
    int responses();

    /** Responses ÷ members, between 0 and 1 (0 for a group without members). */
    default double responseRate() {
        return members() == 0 ? 0.0 : (double) responses() / members();
    }

    /** Enough responses: the per-objective figures and the comments. */
    record Published(GroupId group, int members, int responses, RatingScale scale,
            List<ObjectiveSummary> objectives, List<String> comments) implements EvaluationReport {
        public Published {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(scale, "scale");
            objectives = List.copyOf(objectives);
            comments = List.copyOf(comments);
            checkCounts(members, responses);
        }
    }

    /** Fewer than {@code minimumResponses} responses: figures and comments are withheld. */
    record Withheld(GroupId group, int members, int responses, int minimumResponses) implements EvaluationReport {
        public Withheld {
            Objects.requireNonNull(group, "group");
            checkCounts(members, responses);
            if (responses >= minimumResponses) {
                throw new IllegalArgumentException(responses + " responses reach the threshold of "
                        + minimumResponses + "; publish the report");
            }
        }

        /** Says why the figures are missing, for the person reading the report. */
        public String explanation() {
            return responses + (responses == 1 ? " member has" : " members have")
                    + " completed the evaluation; figures are shown from " + minimumResponses
                    + " responses on so that no member's answers can be recognised";
        }
    }

    /**
     * The report of {@code group}'s evaluations: {@code roster} is the group's members,
     * {@code evaluations} what was submitted for the group.
     */
    static EvaluationReport compile(EvaluationForm form, Set<MemberId> roster, Collection<Evaluation> evaluations,
            ReportingThreshold threshold) {
        return ReportCompilation.compile(form, roster, evaluations, threshold);
    }

    private static void checkCounts(int members, int responses) {
        if (responses < 0 || members < 0 || responses > members) {
            throw new IllegalArgumentException(responses + " responses from " + members + " members");
        }
    }
}
