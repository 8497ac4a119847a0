package org.balint.core.rotation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.group.MemberId;

/**
 * A member's request to swap their turn with another member's ("I present in session 3; could I swap
 * with Baker in session 5?"), for the group's leader to accept or decline. Only who presents when:
 * never any case content, and no free text.
 *
 * @param id          the request's id (lower-case letters, digits and hyphens, at most 64 characters)
 * @param swap        the requester's turn first, then the turn they would like instead
 * @param requestedAt when the member asked
 * @param status      pending until the leader decides
 * @param decidedAt   when the leader accepted or declined; empty while pending
 * @param decidedBy   the leader who decided; empty while pending
 */
public record SwapRequest(String id, TurnSwap swap, Instant requestedAt, Status status, Optional<Instant> decidedAt,
        Optional<MemberId> decidedBy) {

    /** Where a request stands. */
    public enum Status {
        /** Waiting for the leader. */
        PENDING,
        /** The leader accepted it: the swap is in the leader's next plan. */
        ACCEPTED,
        /** The leader declined it: the turns stay as they are. */
        DECLINED
    }

    public SwapRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(swap, "swap");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(decidedBy, "decidedBy");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*") || id.length() > 64) {
            throw new IllegalArgumentException("a swap request id is lower-case and hyphenated, at most 64 characters: "
                    + id);
        }
        if ((status == Status.PENDING) != decidedAt.isEmpty() || decidedAt.isPresent() != decidedBy.isPresent()) {
            throw new IllegalArgumentException("a pending request has no decision; a decided one says when and by whom");
        }
    }

    /** A new request, waiting for the leader. */
    public static SwapRequest pending(String id, TurnSwap swap, Instant requestedAt) {
        return new SwapRequest(id, swap, requestedAt, Status.PENDING, Optional.empty(), Optional.empty());
    }

    /** The member who asked. */
    public MemberId requester() {
        return swap.first().presenter();
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    /** This request, accepted by {@code leader} at {@code at}. */
    public SwapRequest accepted(MemberId leader, Instant at) {
        return decided(Status.ACCEPTED, leader, at);
    }

    /** This request, declined by {@code leader} at {@code at}. */
    public SwapRequest declined(MemberId leader, Instant at) {
        return decided(Status.DECLINED, leader, at);
    }

    private SwapRequest decided(Status outcome, MemberId leader, Instant at) {
        if (!isPending()) {
            throw new IllegalStateException("request " + id + " was already " + status.name().toLowerCase(java.util.Locale.ROOT));
        }
        return new SwapRequest(id, swap, requestedAt, outcome, Optional.of(at), Optional.of(leader));
    }
}
