package org.balint.lti.tool.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.balint.core.group.GroupId;
import org.balint.core.group.ScheduledSession;
import org.balint.core.rotation.PlanChange;
import org.balint.core.rotation.RotationPlan;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.rotation.GroupRotation;
import org.balint.lti.tool.rotation.LeaderRotation;
import org.balint.lti.tool.rotation.RotationAnswer;
import org.balint.lti.tool.rotation.RotationRefusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/groups/{group}/rotation}: the leader's side of the case-presentation rotation, the same
 * service as the leaders' Rotation page. Reading is for the group's faculty and the platform's
 * administrators; every change is for the group's faculty, with the CSRF token. A refused change answers
 * 400 (input to correct), 404 (no such request) or 409 (the change no longer fits the plan) with the reason
 * and what to do next, and writes nothing.
 */
@Path("api/v1/groups/{group}/rotation")
@ApiV1
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rotation", description = "Who presents a case in which session")
@APIResponse(responseCode = "401", ref = ApiDescription.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDescription.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
public class RotationResource {

    private static final String CHANGED = "The rotation after the change, with what was done in notice.";

    @Inject
    ApiRequest request;

    @Inject
    GroupRotation rotation;

    /** The rotation as the leader sees it. */
    @GET
    @Allowed({Access.FACULTY_OF_GROUP, Access.ADMIN_OF_PLATFORM})
    @SecurityRequirement(name = ApiDescription.SESSION)
    @Operation(summary = "The group's rotation", description = "The plan per session (the proposal when the leader has "
            + "unpublished changes or nothing is published, else the published plan), whether everyone presents and, "
            + "if not, who cannot yet and why, and the members' swap requests waiting for an answer.")
    @APIResponse(responseCode = "200", description = "The rotation.",
            content = @Content(schema = @Schema(implementation = RotationView.class)))
    public RotationView rotation(@PathParam("group") @Parameter(description = "The group id.") String group) {
        return view(Optional.empty());
    }

    /** Puts a member down as a volunteer for a session. */
    @POST
    @Path("volunteers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Access.FACULTY_OF_GROUP)
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @Operation(summary = "Assign a volunteer", description = "The member has a case for the session; the planner gives "
            + "them that session in the proposal unless it would cost someone their turn.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RotationInputs.Volunteer.class)))
    @APIResponse(responseCode = "200", description = CHANGED,
            content = @Content(schema = @Schema(implementation = RotationView.class)))
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    public RotationView volunteer(@PathParam("group") String group, String body) {
        return volunteer(RotationInputs.read(body, RotationInputs.Volunteer.class));
    }

    RotationView volunteer(RotationInputs.Volunteer input) {
        return answer(rotation.assignVolunteer(request.caller().tenant(), groupId(), request.caller().member(),
                input.member(), RotationInputs.text(input.session())));
    }

    /** Swaps two turns of the plan shown. */
    @POST
    @Path("swaps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Access.FACULTY_OF_GROUP)
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @Operation(summary = "Swap two turns", description = "Exchanges the sessions of two members' turns in the plan shown; "
            + "both sessions must still be to come. The swap goes into the proposal.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RotationInputs.Swap.class)))
    @APIResponse(responseCode = "200", description = CHANGED,
            content = @Content(schema = @Schema(implementation = RotationView.class)))
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDescription.CONFLICT)
    public RotationView swap(@PathParam("group") String group, String body) {
        return swap(RotationInputs.read(body, RotationInputs.Swap.class));
    }

    RotationView swap(RotationInputs.Swap input) {
        return answer(rotation.swap(request.caller().tenant(), groupId(), request.caller().member(),
                input.first() == null ? "" : input.first().asValue(), input.second() == null ? "" : input.second().asValue()));
    }

    /** Asks the planner for a new proposal. */
    @POST
    @Path("replan")
    @Allowed(Access.FACULTY_OF_GROUP)
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @Operation(summary = "Re-plan", description = "A new proposal from the group as it is now (after members joined or "
            + "left): held sessions stay, every member gets a turn, as few places change as possible.")
    @APIResponse(responseCode = "200", description = CHANGED,
            content = @Content(schema = @Schema(implementation = RotationView.class)))
    public RotationView replan(@PathParam("group") String group) {
        return answer(rotation.replan(request.caller().tenant(), groupId(), request.caller().member()));
    }

    /** Publishes the proposal. */
    @POST
    @Path("publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Access.FACULTY_OF_GROUP)
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @Operation(summary = "Publish the proposal", description = "Makes the proposal (named by the fingerprint GET "
            + "rotation gave) the group's rotation. 409 when it changed since, when nothing is new, or when no plan "
            + "gives everyone a turn.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RotationInputs.Publish.class)))
    @APIResponse(responseCode = "200", description = CHANGED,
            content = @Content(schema = @Schema(implementation = RotationView.class)))
    @APIResponse(responseCode = "409", ref = ApiDescription.CONFLICT)
    public RotationView publish(@PathParam("group") String group, String body) {
        return publish(RotationInputs.read(body, RotationInputs.Publish.class));
    }

    RotationView publish(RotationInputs.Publish input) {
        return answer(rotation.publish(request.caller().tenant(), groupId(), request.caller().member(), input.proposal()));
    }

    /** Throws away the unpublished changes. */
    @POST
    @Path("discard")
    @Allowed(Access.FACULTY_OF_GROUP)
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @Operation(summary = "Throw away unpublished changes", description = "Volunteers, swaps and a re-plan not yet "
            + "published are dropped; the published plan and the swap requests stay.")
    @APIResponse(responseCode = "200", description = CHANGED,
            content = @Content(schema = @Schema(implementation = RotationView.class)))
    @APIResponse(responseCode = "409", ref = ApiDescription.CONFLICT)
    public RotationView discard(@PathParam("group") String group) {
        return answer(rotation.discard(request.caller().tenant(), groupId(), request.caller().member()));
    }

    /** Accepts or declines a member's swap request. */
    @POST
    @Path("swap-requests/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Access.FACULTY_OF_GROUP)
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @Operation(summary = "Answer a swap request", description = "Accept (the swap goes into the proposal) or decline a "
            + "member's request to swap turns.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RotationInputs.Decision.class)))
    @APIResponse(responseCode = "200", description = CHANGED,
            content = @Content(schema = @Schema(implementation = RotationView.class)))
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDescription.CONFLICT)
    public RotationView decide(@PathParam("group") String group, String body) {
        return decide(RotationInputs.read(body, RotationInputs.Decision.class));
    }

    RotationView decide(RotationInputs.Decision input) {
        if (!"accept".equals(input.decision()) && !"decline".equals(input.decision())) {
            throw new ApiRefused(ApiRefusal.of(400, "decision-invalid", "Say \"accept\" or \"decline\" in decision."));
        }
        return answer(rotation.decide(request.caller().tenant(), groupId(), request.caller().member(), input.request(),
                "accept".equals(input.decision())));
    }

    private RotationView answer(RotationAnswer answer) {
        if (answer instanceof RotationAnswer.Refused refused) {
            throw new ApiRefused(refusal(refused.refusal()));
        }
        return view(Optional.of(((RotationAnswer.Done) answer).notice()));
    }

    /** The refusal as one API problem: the first reason's code, every reason's sentence. */
    static ApiRefusal refusal(RotationRefusal refusal) {
        List<Violation> reasons = refusal.reasons().stream().map(FieldViolation::violation).toList();
        String message = reasons.stream().map(v -> sentence(v.message())).collect(Collectors.joining(" "));
        return ApiRefusal.of(refusal.status(), reasons.get(0).code(), message);
    }

    private static String sentence(String message) {
        String text = message.strip();
        String capital = text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return capital.endsWith(".") ? capital : capital + ".";
    }

    private RotationView view(Optional<String> notice) {
        GroupId id = groupId();
        LeaderRotation view = rotation.leaderView(request.caller().tenant(), id)
                .orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()));
        ZoneId zone = view.group().schedule().zone();
        Optional<RotationPlan> shown = view.shown();
        List<PlanChange> changes = view.proposal().map(LeaderRotation.Proposal::changes).orElse(List.of());
        List<RotationView.SessionTurns> sessions = shown.map(plan -> view.group().schedule().sessions().stream()
                .map(s -> turns(s, plan, view, zone, changes)).toList()).orElse(List.of());
        List<ApiProblem> notes = view.proposal().map(p -> java.util.stream.Stream.concat(p.notes().stream(),
                p.volunteersNotHonoured().stream().map(v -> Violation.of("volunteer-not-honoured", view.nameOf(v.presenter())
                        + " volunteered for " + v.session() + " but the place is needed to give everyone a turn, or "
                        + "another volunteer came first"))).map(v -> new ApiProblem(v.code(), v.message())).toList())
                .orElse(List.of());
        return new RotationView(id.value(), zone.getId(), view.heldSessions(), view.published().isPresent(),
                view.published().map(p -> p.publishedAt().toString()),
                view.proposal().isPresent() ? (shown.isPresent() ? "proposal" : "none") : "published",
                view.guarantee().met(), view.guarantee().reasons().stream().map(v -> new ApiProblem(v.code(), v.message()))
                        .toList(), sessions,
                view.proposal().filter(p -> p.plan().isPresent()).map(LeaderRotation.Proposal::fingerprint),
                changes.stream().map(c -> new RotationView.Change(c.session().value(),
                        c.before().map(m -> m.value()), c.after().map(m -> m.value()))).toList(),
                notes, view.desk().pending().stream().map(SwapRequestView::of).toList(), notice);
    }

    private static RotationView.SessionTurns turns(ScheduledSession session, RotationPlan plan, LeaderRotation view,
            ZoneId zone, List<PlanChange> changes) {
        return new RotationView.SessionTurns(session.number().value(), session.start().atZone(zone).toOffsetDateTime()
                .toString(), session.number().value() <= view.heldSessions(),
                plan.presentersIn(session.number()).stream().map(m -> new RotationView.Presenter(m.value(),
                        view.nameOf(m))).toList(), changes.stream().anyMatch(c -> c.session().equals(session.number())));
    }

    private GroupId groupId() {
        return request.admitted().granted().group().orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound())).group();
    }
}
