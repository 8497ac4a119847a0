package org.balint.lti.tool.rotation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.MemberId;
import org.balint.core.group.ScheduledSession;
import org.balint.core.rotation.PresentationSlot;
import org.balint.core.rotation.SwapRequest;

/**
 * What a member sees of the rotation: when they present, whom they could swap a turn with, and their
 * swap requests.
 *
 * @param group         the group
 * @param member        the member
 * @param planPublished whether the leader has published a rotation yet
 * @param heldSessions  how many sessions have been held by now
 * @param turns         the sessions in which the member presents, in order
 * @param nextTurn      their next turn that has not been held yet
 * @param ownOpenTurns  their turns in sessions still to come (the ones they can offer in a swap)
 * @param swapOptions   other members' turns in sessions still to come that do not clash with their own
 * @param requests      their swap requests, oldest first
 */
public record MemberRotation(BalintGroup group, MemberId member, boolean planPublished, int heldSessions,
        List<ScheduledSession> turns,
        Optional<ScheduledSession> nextTurn, List<PresentationSlot> ownOpenTurns, List<PresentationSlot> swapOptions,
        List<SwapRequest> requests) {

    /** Validates the parts. */
    public MemberRotation {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(member, "member");
        turns = List.copyOf(turns);
        Objects.requireNonNull(nextTurn, "nextTurn");
        ownOpenTurns = List.copyOf(ownOpenTurns);
        swapOptions = List.copyOf(swapOptions);
        requests = List.copyOf(requests);
    }

    /** The name of {@code someone} in the group, else their id. */
    public String nameOf(MemberId someone) {
        return group.member(someone).map(m -> m.name()).orElse(someone.value());
    }
}
