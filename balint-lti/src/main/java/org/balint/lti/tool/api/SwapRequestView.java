package org.balint.lti.tool.api;

import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member's request to swap turns.
 *
 * @param id          the request id
 * @param requester   the member who asked
 * @param session     the session of their own turn
 * @param withMember  the member whose turn they would like
 * @param withSession the session of that turn
 * @param status      {@code pending}, {@code accepted} or {@code declined}
 * @param requestedAt when they asked (ISO-8601, UTC)
 * @param decidedAt   when the leader answered
 */
@Schema(name = "SwapRequest", description = "A member's request to swap their turn with another member's.")
public record SwapRequestView(String id, String requester, int session, String withMember, int withSession,
        String status, String requestedAt, Optional<String> decidedAt) {

    static SwapRequestView of(org.balint.core.rotation.SwapRequest request) {
        return new SwapRequestView(request.id(), request.requester().value(), request.swap().first().session().value(),
                request.swap().second().presenter().value(), request.swap().second().session().value(),
                request.status().name().toLowerCase(java.util.Locale.ROOT), request.requestedAt().toString(),
                request.decidedAt().map(Object::toString));
    }
}
