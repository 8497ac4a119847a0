package org.balint.lti.tool.evaluation;

import java.util.Objects;
import java.util.Optional;
import org.balint.core.evaluation.Evaluation;
import org.balint.core.evaluation.EvaluationForm;
import org.balint.core.group.GroupId;

/**
 * What a member sees of their group's evaluation: the form (once the group's faculty set its learning
 * objectives), whether it is still open, their own evaluation if they submitted one, and whether the
 * group's credit waits for it.
 *
 * @param group              the group
 * @param groupTitle         the group's title
 * @param member             whether the person is a member of the group (only members evaluate it)
 * @param form               the group's form; empty until its faculty set the learning objectives
 * @param open               whether submissions are accepted now
 * @param own                the member's stored evaluation, if any
 * @param requiredForCredit  whether the group's credit is released only after a completed evaluation
 */
public record MemberEvaluation(GroupId group, String groupTitle, boolean member, Optional<EvaluationForm> form, boolean open,
        Optional<Evaluation> own, boolean requiredForCredit) {

    /** Validates the parts. */
    public MemberEvaluation {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(groupTitle, "groupTitle");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(own, "own");
    }

    /** What the member's evaluation means for their credit, as one sentence. */
    public String creditNote() {
        boolean complete = own.filter(Evaluation::isComplete).isPresent();
        if (requiredForCredit) {
            return complete ? "Your evaluation is complete, so it counts toward your credit: the credit rules of this"
                    + " group release credit only after a completed evaluation."
                    : "The credit rules of this group release credit only after a completed evaluation: rate every"
                    + " objective before and after the series.";
        }
        return "The credit rules of this group do not require an evaluation, so your credit does not depend on it;"
                + " your answers help the leaders and the program improve the group.";
    }
}
