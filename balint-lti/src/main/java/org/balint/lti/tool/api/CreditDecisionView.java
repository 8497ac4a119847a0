package org.balint.lti.tool.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member's recorded credit decision for one kind of credit.
 *
 * @param type         the kind of credit, e.g. {@code AAFP_PRESCRIBED}
 * @param label        how it reads, e.g. "AAFP Prescribed credit"
 * @param eligible     whether every rule is met
 * @param attained     what the participation amounts to under the policy
 * @param creditEarned the credit hours earned, for credit-bearing kinds
 * @param reasons      every unmet rule, with what it means (empty when eligible)
 * @param rules        every rule, met or unmet
 * @param revision     the decision's revision
 * @param decidedAt    when it was recorded (ISO-8601, UTC)
 * @param claimed      the credit the member claimed, if they claimed
 */
@Schema(name = "CreditDecision", description = "A recorded credit decision with every rule and the reasons for any ineligibility.")
public record CreditDecisionView(String type, String label, boolean eligible, String attained,
        Optional<String> creditEarned, List<ApiProblem> reasons, List<RuleView> rules, int revision, String decidedAt,
        Optional<String> claimed) {

    /** Validates and copies the parts. */
    public CreditDecisionView {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(attained, "attained");
        Objects.requireNonNull(creditEarned, "creditEarned");
        reasons = List.copyOf(reasons);
        rules = List.copyOf(rules);
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(claimed, "claimed");
    }
}
