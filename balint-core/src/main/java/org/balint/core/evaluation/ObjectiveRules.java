package org.balint.core.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.balint.core.validation.Violation;

/**
 * What makes a list of learning objectives usable: at least one, at most
 * {@link EvaluationForm#MAX_OBJECTIVES}, none blank or overlong, none repeated (ignoring case and
 * spacing).
 */
final class ObjectiveRules {

    private ObjectiveRules() {
    }

    static List<Violation> check(List<String> statements) {
        var violations = new ArrayList<Violation>();
        if (statements.isEmpty()) {
            violations.add(Violation.of("no-learning-objectives",
                    "the evaluation form needs the group's learning objectives; add at least one"));
        }
        if (statements.size() > EvaluationForm.MAX_OBJECTIVES) {
            violations.add(Violation.of("too-many-learning-objectives", statements.size()
                    + " learning objectives is more than members can rate; keep to at most "
                    + EvaluationForm.MAX_OBJECTIVES));
        }
        var firstSeen = new HashMap<String, Integer>();
        for (int i = 0; i < statements.size(); i++) {
            int number = i + 1;
            String statement = statements.get(i).strip();
            if (statement.isEmpty()) {
                violations.add(Violation.of("blank-learning-objective",
                        "learning objective " + number + " is blank; write it out or remove it"));
                continue;
            }
            if (statement.length() > EvaluationForm.MAX_OBJECTIVE_LENGTH) {
                violations.add(Violation.of("learning-objective-too-long", "learning objective " + number + " is "
                        + statement.length() + " characters; shorten it to at most "
                        + EvaluationForm.MAX_OBJECTIVE_LENGTH));
            }
            Integer earlier = firstSeen.putIfAbsent(normalised(statement), number);
            if (earlier != null) {
                violations.add(Violation.of("duplicate-learning-objective", "learning objective " + number
                        + " repeats objective " + earlier + " (\"" + statement + "\"); remove one of them"));
            }
        }
        return violations;
    }

    private static String normalised(String statement) {
        return statement.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
