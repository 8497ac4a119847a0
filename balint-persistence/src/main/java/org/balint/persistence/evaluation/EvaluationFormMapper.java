package org.balint.persistence.evaluation;

import static org.balint.persistence.evaluation.EvaluationMapper.fitting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.balint.core.evaluation.EvaluationForm;
import org.balint.core.evaluation.LearningObjective;
import org.balint.core.evaluation.RatingScale;
import org.balint.core.group.GroupId;
import org.balint.core.validation.Validated;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.time.UtcTimestampConverter;
import org.balint.persistence.mapping.ChildRows;

/** Maps a group's {@link EvaluationForm} to its rows and back, changing stored rows in place. */
final class EvaluationFormMapper {

    private EvaluationFormMapper() {
    }

    /**
     * The form the rows hold.
     *
     * @throws IllegalStateException when the stored scale is not one the core accepts (the rows were
     *     changed outside Balint)
     */
    static EvaluationForm toCore(EvaluationFormEntity entity) {
        List<FormObjectiveEntity> rows = new ArrayList<>(entity.objectives());
        rows.sort(Comparator.comparingInt(FormObjectiveEntity::number));
        List<LearningObjective> objectives = new ArrayList<>(rows.size());
        for (FormObjectiveEntity row : rows) {
            objectives.add(new LearningObjective(row.number(), row.statement()));
        }
        Map<Integer, String> anchors = new TreeMap<>();
        entity.anchors().forEach(anchor -> anchors.put(anchor.point(), anchor.label()));
        Validated<RatingScale> scale = RatingScale.of(entity.scaleLowest(), entity.scaleHighest(), anchors);
        if (!scale.isValid()) {
            throw new IllegalStateException("the stored rating scale of group " + entity.groupId() + "'s evaluation form is not usable: "
                    + scale.violations());
        }
        return new EvaluationForm(new GroupId(entity.groupId()), objectives, scale.orElseThrow(),
                Optional.ofNullable(entity.closesAt()));
    }

    /** New rows for {@code form}, owned by {@code owner}. */
    static EvaluationFormEntity toEntity(TenantScope owner, EvaluationForm form) {
        EvaluationFormEntity entity = new EvaluationFormEntity(owner, fitting(form.group().value(), EvaluationMapper.MAX_ID, "group id"));
        apply(owner, form, entity);
        return entity;
    }

    /** {@code form} as it reads back once stored (the closing instant to the microsecond). */
    static EvaluationForm storable(TenantScope owner, EvaluationForm form) {
        return toCore(toEntity(owner, form));
    }

    /** Makes the rows of {@code entity} hold {@code form}, which is the same group's form. */
    static void apply(TenantScope owner, EvaluationForm form, EvaluationFormEntity entity) {
        entity.scale(form.scale().lowest(), form.scale().highest());
        entity.closesAt(form.closesAt().map(UtcTimestampConverter::storable).orElse(null));
        ChildRows.reconcile(entity.objectives(), form.objectives(), FormObjectiveEntity::number, LearningObjective::number,
                objective -> new FormObjectiveEntity(owner, entity, objective.number()),
                (row, objective) -> row.statement(fitting(objective.statement(), EvaluationMapper.MAX_STATEMENT, "learning objective")));
        ChildRows.reconcile(entity.anchors(), List.copyOf(form.scale().anchors().entrySet()), FormAnchorEntity::point, Map.Entry::getKey,
                anchor -> new FormAnchorEntity(owner, entity, anchor.getKey()),
                (row, anchor) -> row.label(fitting(anchor.getValue(), EvaluationMapper.MAX_LABEL, "scale anchor")));
    }
}
