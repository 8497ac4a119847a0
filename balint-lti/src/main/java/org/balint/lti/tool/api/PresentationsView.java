package org.balint.lti.tool.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * When a member presents a case, from the group's published rotation plan. Only who presents when:
 * never any case content.
 *
 * @param group         the group id
 * @param member        the member id
 * @param timeZone      the IANA zone the times are given in
 * @param planPublished whether the leader has published a rotation plan yet
 * @param turns         the sessions in which the member presents, in order
 * @param nextTurn      the member's next turn that has not ended yet
 */
@Schema(name = "Presentations", description = "The sessions in which a member presents, from the published rotation plan.")
public record PresentationsView(String group, String member, String timeZone, boolean planPublished,
        List<SessionView> turns, Optional<SessionView> nextTurn) {

    /** Validates and copies the parts. */
    public PresentationsView {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(timeZone, "timeZone");
        turns = List.copyOf(turns);
        Objects.requireNonNull(nextTurn, "nextTurn");
    }
}
