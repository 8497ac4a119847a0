package org.balint.lti.tool.api;

import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One credit rule and whether the member met it.
 *
 * @param rule        the rule's code
 * @param met         whether it is met
 * @param explanation why, in a sentence
 */
@Schema(name = "CreditRuleOutcome", description = "A credit rule, met or not, with its explanation.")
public record RuleView(String rule, boolean met, String explanation) {

    /** Validates the parts. */
    public RuleView {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(explanation, "explanation");
    }
}
