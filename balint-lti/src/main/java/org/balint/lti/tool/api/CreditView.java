package org.balint.lti.tool.api;

import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member's credit decisions in a group, one per kind of credit recorded.
 *
 * @param group     the group id
 * @param member    the member id
 * @param decisions the recorded decisions; empty until the group's credit is decided
 */
@Schema(name = "Credit", description = "A member's credit decisions with their reasons; empty until credit is decided.")
public record CreditView(String group, String member, List<CreditDecisionView> decisions) {

    /** Validates and copies the parts. */
    public CreditView {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(member, "member");
        decisions = List.copyOf(decisions);
    }
}
