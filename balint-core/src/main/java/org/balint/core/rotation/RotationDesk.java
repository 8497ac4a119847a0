package org.balint.core.rotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Violation;

/**
 * What lies on a leader's desk between two publications of a group's rotation: the changes the leader
 * has made but not yet published (volunteers they assigned, swaps they made, a re-plan they asked for)
 * and the members' swap requests. The next proposal is planned from the published plan with these
 * changes; publishing it clears the changes and keeps the requests' record.
 *
 * <p>Only who presents when: never any case content, and no free text.
 *
 * @param replan     whether the leader asked for a re-plan (for instance after members joined or left)
 * @param volunteers members the leader assigned to a session because they have a case for it; the planner
 *                   gives them that session unless it would cost someone their turn
 * @param swaps      turns the leader exchanged, applied in this order after planning
 * @param requests   members' swap requests, oldest first
 */
public record RotationDesk(boolean replan, List<PresentationSlot> volunteers, List<TurnSwap> swaps,
        List<SwapRequest> requests) {

    /** At most this many open requests per member, so the leader's queue stays readable. */
    public static final int MAX_PENDING_PER_MEMBER = 1;

    public RotationDesk {
        volunteers = List.copyOf(volunteers);
        swaps = List.copyOf(swaps);
        requests = List.copyOf(requests);
    }

    /** A desk with nothing on it. */
    public static RotationDesk empty() {
        return new RotationDesk(false, List.of(), List.of(), List.of());
    }

    /** Whether the leader has changes that are not published yet. */
    public boolean hasChanges() {
        return replan || !volunteers.isEmpty() || !swaps.isEmpty();
    }

    /** The requests still waiting for the leader, oldest first. */
    public List<SwapRequest> pending() {
        return requests.stream().filter(SwapRequest::isPending).toList();
    }

    /** {@code member}'s requests, oldest first. */
    public List<SwapRequest> requestsOf(MemberId member) {
        return requests.stream().filter(r -> r.requester().equals(member)).toList();
    }

    public Optional<SwapRequest> request(String id) {
        return requests.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** This desk with a re-plan asked for. */
    public RotationDesk withReplan() {
        return new RotationDesk(true, volunteers, swaps, requests);
    }

    /** This desk with {@code volunteer} assigned (replacing an earlier assignment of the same member to the same session). */
    public RotationDesk withVolunteer(PresentationSlot volunteer) {
        var list = new ArrayList<>(volunteers);
        list.remove(volunteer);
        list.add(volunteer);
        return new RotationDesk(replan, list, swaps, requests);
    }

    public RotationDesk withSwap(TurnSwap swap) {
        var list = new ArrayList<>(swaps);
        list.add(swap);
        return new RotationDesk(replan, volunteers, list, requests);
    }

    /**
     * This desk with {@code request} added, or why it cannot be: a member has at most
     * {@value #MAX_PENDING_PER_MEMBER} request waiting at a time.
     */
    public Optional<Violation> refusesRequest(SwapRequest request) {
        long waiting = pending().stream().filter(r -> r.requester().equals(request.requester())).count();
        if (waiting >= MAX_PENDING_PER_MEMBER) {
            return Optional.of(Violation.of("request-pending", "you already have a swap request waiting for the"
                    + " leader; wait for their answer before asking again"));
        }
        if (request(request.id()).isPresent()) {
            return Optional.of(Violation.of("duplicate-request", "this swap request was already sent"));
        }
        return Optional.empty();
    }

    /** This desk with {@code request} added; check {@link #refusesRequest} first. */
    public RotationDesk withRequest(SwapRequest request) {
        refusesRequest(request).ifPresent(v -> {
            throw new IllegalArgumentException(v.message());
        });
        var list = new ArrayList<>(requests);
        list.add(request);
        return new RotationDesk(replan, volunteers, swaps, list);
    }

    /** This desk with the request of the same id replaced by {@code decided}. */
    public RotationDesk withDecided(SwapRequest decided) {
        var list = new ArrayList<SwapRequest>();
        for (SwapRequest r : requests) {
            list.add(r.id().equals(decided.id()) ? decided : r);
        }
        return new RotationDesk(replan, volunteers, swaps, list);
    }

    /** The desk once the changes are published: the requests stay on record, the changes are done. */
    public RotationDesk published() {
        return new RotationDesk(false, List.of(), List.of(), requests);
    }

    /** The desk with the unpublished changes thrown away (the requests stay as they are). */
    public RotationDesk discarded() {
        return published();
    }

    @Override
    public String toString() {
        return "rotation desk: " + (replan ? "re-plan, " : "") + volunteers.size() + " volunteers, " + swaps.size()
                + " swaps, " + pending().size() + " requests waiting";
    }
}
