package org.balint.lti.tool.members;

import java.util.Objects;

/**
 * A faculty decision on a registration awaiting review, as a form or the API sends it, unchecked.
 *
 * @param registrant the registrant's Balint id
 * @param decision   {@value #ACCEPT} or {@value #DEFER}
 * @param reason     for {@value #DEFER}, the code of one of the core's deferral reasons; ignored otherwise
 */
public record DecisionRequest(String registrant, String decision, String reason) {

    /** Accept the registrant (into the group, or onto the waitlist when it is full). */
    public static final String ACCEPT = "accept";
    /** Decline for now: recommend a later series, for a standard reason. */
    public static final String DEFER = "defer";
    /** The form field and JSON property names. */
    public static final String REGISTRANT_FIELD = "registrant";
    public static final String DECISION_FIELD = "decision";
    public static final String REASON_FIELD = "reason";

    /** Strips the parts; a missing part is empty. */
    public DecisionRequest {
        registrant = Objects.requireNonNullElse(registrant, "").strip();
        decision = Objects.requireNonNullElse(decision, "").strip();
        reason = Objects.requireNonNullElse(reason, "").strip();
    }
}
