package org.balint.core.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.group.GroupId;
import org.balint.core.validation.Validated;

/**
 * A group's evaluation form: the group's own learning objectives (typically eight to ten), the scale
 * on which each is rated before and after the series, and optionally the moment the form closes.
 *
 * <p>Until the form closes a member may submit again, and the new evaluation replaces the earlier one;
 * from the closing moment on, submissions are refused. A form without a closing moment stays open.
 *
 * <p>Members' free-text comments are shown under {@link #COMMENTS_NOTICE}. The core does not screen
 * comments for patient details: the notice asks members not to write them, and reports never attach
 * a comment to the member who wrote it.
 */
public record EvaluationForm(GroupId group, List<LearningObjective> objectives, RatingScale scale,
        Optional<Instant> closesAt) {

    /** The most objectives one form may carry. */
    public static final int MAX_OBJECTIVES = 20;
    /** The longest objective statement accepted, in characters. */
    public static final int MAX_OBJECTIVE_LENGTH = 300;
    /** The longest comment accepted, in characters. */
    public static final int MAX_COMMENT_LENGTH = 2000;
    /** The warning shown above the comment box. */
    public static final String COMMENTS_NOTICE = "Please do not include patient names, dates, places or any"
            + " other detail that could identify a patient or a case discussed in the group. Your comments"
            + " are read by the program's leaders and coordinators and are reported without your name.";

    public EvaluationForm {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(closesAt, "closesAt");
        objectives = List.copyOf(objectives);
        var statements = objectives.stream().map(LearningObjective::statement).toList();
        var violations = ObjectiveRules.check(statements);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.toString());
        }
        for (int i = 0; i < objectives.size(); i++) {
            if (objectives.get(i).number() != i + 1) {
                throw new IllegalArgumentException("objectives must be numbered 1 to " + objectives.size()
                        + " in order, found " + objectives.get(i) + " at position " + (i + 1));
            }
        }
    }

    /**
     * The form for {@code group} with the given objective statements (numbered in the order given),
     * rated on {@code scale}, closing at {@code closesAt} if present; or every reason the objectives
     * cannot be used (none given, more than {@value #MAX_OBJECTIVES}, blank, longer than
     * {@value #MAX_OBJECTIVE_LENGTH} characters, or the same objective twice, ignoring case and spacing).
     */
    public static Validated<EvaluationForm> define(GroupId group, List<String> statements, RatingScale scale,
            Optional<Instant> closesAt) {
        return Validated.of(ObjectiveRules.check(statements), () -> {
            var objectives = new ArrayList<LearningObjective>(statements.size());
            for (int i = 0; i < statements.size(); i++) {
                objectives.add(new LearningObjective(i + 1, statements.get(i)));
            }
            return new EvaluationForm(group, objectives, scale, closesAt);
        });
    }

    /** As {@link #define(GroupId, List, RatingScale, Optional)} on the {@linkplain RatingScale#ability() ability scale}, never closing. */
    public static Validated<EvaluationForm> define(GroupId group, List<String> statements) {
        return define(group, statements, RatingScale.ability(), Optional.empty());
    }

    /** Whether submissions are still accepted at {@code now}. */
    public boolean isOpenAt(Instant now) {
        return closesAt.map(now::isBefore).orElse(true);
    }

    /** The objective with the given number, if the form has it. */
    public Optional<LearningObjective> objective(int number) {
        return number >= 1 && number <= objectives.size() ? Optional.of(objectives.get(number - 1)) : Optional.empty();
    }
}
