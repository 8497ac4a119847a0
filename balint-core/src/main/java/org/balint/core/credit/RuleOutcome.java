package org.balint.core.credit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.validation.Violation;

/**
 * Whether one member met one credit rule, why, and the sessions (with the minutes that count) behind
 * the answer.
 *
 * @param rule        the rule
 * @param met         whether the member met it
 * @param explanation a sentence for the member or coordinator saying what was counted and, when the
 *                    rule is unmet, what was missing
 * @param sessions    the sessions the rule looked at, in session order
 */
public record RuleOutcome(CreditRule rule, boolean met, String explanation, List<SessionFinding> sessions) {

    public RuleOutcome {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(explanation, "explanation");
        sessions = List.copyOf(sessions);
    }

    /** The reason to show a member who did not get credit: present only when the rule is unmet. */
    public Optional<Violation> reason() {
        return met ? Optional.empty() : Optional.of(Violation.of(rule.unmetCode(), explanation));
    }

    @Override
    public String toString() {
        return (met ? "met " : "UNMET ") + rule.code() + ": " + explanation;
    }
}
