package org.balint.core.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;

/** The evaluation store the tests use: a map from (group, member) to the latest evaluation. */
final class InMemoryEvaluationStore implements EvaluationStore {

    private record Key(GroupId group, MemberId member) {
    }

    private final Map<Key, Evaluation> evaluations = new LinkedHashMap<>();

    @Override
    public Optional<Evaluation> find(GroupId group, MemberId member) {
        return Optional.ofNullable(evaluations.get(new Key(group, member)));
    }

    @Override
    public List<Evaluation> forGroup(GroupId group) {
        var found = new ArrayList<Evaluation>();
        evaluations.forEach((key, evaluation) -> {
            if (key.group().equals(group)) {
                found.add(evaluation);
            }
        });
        return found;
    }

    @Override
    public void save(Evaluation evaluation) {
        evaluations.put(new Key(evaluation.group(), evaluation.member()), evaluation);
    }

    int size() {
        return evaluations.size();
    }
}
