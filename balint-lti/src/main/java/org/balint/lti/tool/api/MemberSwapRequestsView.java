package org.balint.lti.tool.api;

import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member's swap requests and the turns they could ask for.
 *
 * @param group     the group id
 * @param member    the member id
 * @param ownTurns  the sessions of their turns still to come
 * @param options   other members' turns still to come they could swap with
 * @param requests  their requests, oldest first
 * @param notice    what the call did, when it changed something
 */
@Schema(name = "MemberSwapRequests", description = "A member's swap requests and the turns they could swap with.")
public record MemberSwapRequestsView(String group, String member, List<Integer> ownTurns,
        List<RotationInputs.Turn> options, List<SwapRequestView> requests, Optional<String> notice) {
}
