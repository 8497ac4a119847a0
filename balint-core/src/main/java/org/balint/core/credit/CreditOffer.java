package org.balint.core.credit;

import java.util.Objects;

/**
 * Whether a member is offered one kind of credit, and why: it follows the member's profession and the
 * accreditations the group holds.
 *
 * @param type        the kind of credit
 * @param offered     whether the member can earn it in this group
 * @param explanation the reason, e.g. "The group offers APA CE credit to psychologists only; this member
 *                    is a physician (family medicine)."
 */
public record CreditOffer(CreditType type, boolean offered, String explanation) {

    public CreditOffer {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(explanation, "explanation");
    }
}
