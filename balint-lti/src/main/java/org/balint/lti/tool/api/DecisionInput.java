package org.balint.lti.tool.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a faculty decision on a registration awaiting review.
 *
 * @param registrant the registrant's member id
 * @param decision   {@code accept} or {@code defer}
 * @param reason     for {@code defer}: {@code stressful-period}, {@code talk-with-faculty-first} or
 *                   {@code later-series-starts-fresh}
 */
@Schema(name = "FacultyDecision", description = "Accept a registrant referred to faculty review, or decline for now "
        + "and recommend a later series for one of the standard reasons (the registrant reads its note).")
public record DecisionInput(@Schema(required = true) String registrant,
        @Schema(required = true, enumeration = {"accept", "defer"}) String decision,
        @Schema(enumeration = {"stressful-period", "talk-with-faculty-first", "later-series-starts-fresh"}) String reason) {
}
