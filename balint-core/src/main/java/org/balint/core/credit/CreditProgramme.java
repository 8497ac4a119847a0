package org.balint.core.credit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.balint.core.group.ScheduledSession;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * The credit a group offers: one policy per accreditation it holds (AAFP, APA), its series track if it
 * has one, and the certificate of attendance. Which of them a member can earn follows the member's
 * profession.
 *
 * @param policies at most one policy per {@link CreditType}
 */
public record CreditProgramme(List<CreditPolicy> policies) {

    public CreditProgramme {
        policies = List.copyOf(policies);
    }

    public static CreditProgramme of(CreditPolicy... policies) {
        return new CreditProgramme(Arrays.asList(policies));
    }

    /**
     * Checks every policy against the group's {@code schedule} and prepares them for evaluating members;
     * answers with every problem in the schedule and in every policy.
     */
    public Validated<PreparedCreditProgramme> prepare(List<ScheduledSession> schedule) {
        Validated<SessionGrid> grid = SessionGrid.of(schedule);
        List<Violation> problems = new ArrayList<>(grid.violations());
        if (policies.isEmpty()) {
            problems.add(Violation.of("no-credit-policy",
                    "The group offers no credit at all: add at least the certificate of attendance."));
        }
        var seen = EnumSet.noneOf(CreditType.class);
        for (CreditPolicy policy : policies) {
            if (!seen.add(policy.type())) {
                problems.add(Violation.of("duplicate-credit-policy", "The group has more than one policy for "
                        + policy.type().label() + ": keep one and adjust its parameters."));
            }
        }
        Optional<SessionGrid> sessions = grid instanceof Validated.Valid<SessionGrid> valid
                ? Optional.of(valid.value()) : Optional.empty();
        for (CreditPolicy policy : policies) {
            problems.addAll(PolicyEvaluator.problemsOf(policy, sessions));
        }
        return Validated.of(problems, () -> {
            SessionGrid prepared = grid.orElseThrow();
            var evaluators = policies.stream().sorted((a, b) -> a.type().compareTo(b.type()))
                    .map(policy -> PolicyEvaluator.build(policy, prepared)).toList();
            return new PreparedCreditProgramme(this, prepared, evaluators);
        });
    }
}
