package org.balint.lti.tool.api;

import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A group's rotation as its leader sees it: the plan per session (the proposal when there is one, else the
 * published plan), whether everyone presents, the changes and the members' swap requests. Only who presents
 * when: never any case content.
 *
 * @param group            the group id
 * @param timeZone         the zone of the session times
 * @param heldSessions     how many sessions have been held
 * @param published        whether a plan is published
 * @param publishedAt      when the plan in force was published
 * @param shown            {@code proposal}, {@code published} or {@code none}
 * @param everyonePresents whether every member presents at least once in the plan shown
 * @param guarantee        when not, who cannot present (yet) and why
 * @param sessions         the plan shown, per session
 * @param proposal         the fingerprint to publish the proposal with
 * @param changes          the places of the proposal that differ from the published plan
 * @param notes            changes on the leader's desk that no longer apply, and volunteers not given their session
 * @param requests         members' swap requests waiting for an answer
 * @param notice           what the call did, when it changed something
 */
@Schema(name = "Rotation", description = "The case-presentation rotation of a group, as its leader sees it.")
public record RotationView(String group, String timeZone, int heldSessions, boolean published,
        Optional<String> publishedAt, String shown, boolean everyonePresents, List<ApiProblem> guarantee,
        List<SessionTurns> sessions, Optional<String> proposal, List<Change> changes, List<ApiProblem> notes,
        List<SwapRequestView> requests, Optional<String> notice) {

    /**
     * Who presents in one session.
     *
     * @param number     the session number
     * @param start      the start, ISO-8601 with offset, in {@code timeZone}
     * @param held       whether the session has been held
     * @param presenters who presents
     * @param changed    whether a place differs from the published plan
     */
    @Schema(name = "SessionTurns", description = "Who presents in one session.")
    public record SessionTurns(int number, String start, boolean held, List<Presenter> presenters, boolean changed) {
    }

    /** A presenter: member id and name. */
    @Schema(name = "Presenter", description = "A member who presents.")
    public record Presenter(String member, String name) {
    }

    /** A place that changed: who presented there before and who does now (absent for an open place). */
    @Schema(name = "RotationChange", description = "A place whose presenter differs from the published plan.")
    public record Change(int session, Optional<String> before, Optional<String> after) {
    }
}
