package org.balint.persistence.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.balint.core.evaluation.Evaluation;
import org.balint.core.evaluation.EvaluationForm;
import org.balint.core.evaluation.LearningObjective;
import org.balint.core.evaluation.ObjectiveRating;
import org.balint.core.evaluation.RatingScale;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.time.UtcTimestampConverter;
import org.balint.persistence.mapping.ChildRows;

/**
 * Maps a member's {@link Evaluation} to its rows and back. An update changes the stored rows in
 * place: a rating row is kept for as long as its objective is rated, so replacing an evaluation never
 * deletes and re-inserts the same objective.
 */
final class EvaluationMapper {

    /** The longest group or member id stored. */
    static final int MAX_ID = 255;
    static final int MAX_STATEMENT = EvaluationForm.MAX_OBJECTIVE_LENGTH;
    static final int MAX_COMMENTS = EvaluationForm.MAX_COMMENT_LENGTH;
    static final int MAX_LABEL = RatingScale.MAX_ANCHOR_LENGTH;

    private EvaluationMapper() {
    }

    /** The evaluation the rows hold. */
    static Evaluation toCore(EvaluationEntity entity) {
        List<RatingEntity> rows = new ArrayList<>(entity.ratings());
        rows.sort(Comparator.comparingInt(RatingEntity::position));
        List<ObjectiveRating> ratings = new ArrayList<>(rows.size());
        for (RatingEntity row : rows) {
            ratings.add(new ObjectiveRating(new LearningObjective(row.objectiveNumber(), row.objectiveStatement()),
                    optional(row.before()), optional(row.after())));
        }
        return new Evaluation(new GroupId(entity.groupId()), new MemberId(entity.memberId()), ratings, entity.comments(),
                entity.submittedAt());
    }

    /** New rows for {@code evaluation}, owned by {@code owner}. */
    static EvaluationEntity toEntity(TenantScope owner, Evaluation evaluation) {
        EvaluationEntity entity = new EvaluationEntity(owner, fitting(evaluation.group().value(), MAX_ID, "group id"),
                fitting(evaluation.member().value(), MAX_ID, "member id"));
        apply(owner, evaluation, entity);
        return entity;
    }

    /** {@code evaluation} as it reads back once stored (instants to the microsecond). */
    static Evaluation storable(TenantScope owner, Evaluation evaluation) {
        return toCore(toEntity(owner, evaluation));
    }

    /** Makes the rows of {@code entity} hold {@code evaluation}, which is by the same member for the same group. */
    static void apply(TenantScope owner, Evaluation evaluation, EvaluationEntity entity) {
        if (evaluation.comments().length() > MAX_COMMENTS) {
            // The length only: the comments are the member's words and stay out of messages.
            throw new IllegalArgumentException("the evaluation of group " + evaluation.group() + " by member " + evaluation.member()
                    + " has comments of " + evaluation.comments().length() + " characters; the evaluation form accepts at most "
                    + MAX_COMMENTS);
        }
        entity.submitted(evaluation.comments(), UtcTimestampConverter.storable(evaluation.submittedAt()));
        List<ObjectiveRating> ratings = evaluation.ratings();
        ChildRows.reconcile(entity.ratings(), ratings, RatingEntity::objectiveNumber, rating -> rating.objective().number(),
                rating -> new RatingEntity(owner, entity, rating.objective().number()),
                (row, rating) -> row.rated(ratings.indexOf(rating),
                        fitting(rating.objective().statement(), MAX_STATEMENT, "objective statement"),
                        boxed(rating.before()), boxed(rating.after())));
    }

    static String fitting(String value, int max, String what) {
        if (value.length() > max) {
            throw new IllegalArgumentException("a " + what + " of " + value.length() + " characters cannot be stored; at most " + max
                    + " are");
        }
        return value;
    }

    private static OptionalInt optional(Integer rating) {
        return rating == null ? OptionalInt.empty() : OptionalInt.of(rating);
    }

    private static Integer boxed(OptionalInt rating) {
        return rating.isPresent() ? Integer.valueOf(rating.getAsInt()) : null;
    }
}
