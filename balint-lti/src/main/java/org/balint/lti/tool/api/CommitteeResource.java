package org.balint.lti.tool.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.balint.core.grievance.GrievanceId;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.grievance.Committee;
import org.balint.lti.tool.grievance.CommitteeSeat;
import org.balint.lti.tool.grievance.ProgramGrievances;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/committee}: the platform's grievance committee. Its administrators take the committee's seats
 * and read the queue of members' concerns (see {@link ConcernResource}); only the chair a grievance is routed to
 * acknowledges and resolves it. Everything stays within the caller's platform and deployment.
 */
@Path("api/v1/committee")
@ApiV1
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grievances", description = "Members' concerns and the platform's grievance committee")
@SecurityRequirement(name = ApiDescription.SESSION)
@APIResponse(responseCode = "401", ref = ApiDescription.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDescription.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
public class CommitteeResource {

    private static final String SEAT_DESCRIPTION = "chair or deputy";
    private static final String REFUSED = "Refused with every reason; nothing was stored. 400 when a reason concerns "
            + "the input; 409 when only the state forbids it (no chair named, a step out of order).";

    @Inject
    ApiRequest request;

    @Inject
    ProgramGrievances grievances;

    /** The platform's committee and its queue. */
    @GET
    @Allowed(Access.ADMIN_OF_PLATFORM)
    @Operation(summary = "The grievance committee", description = "Who holds the chair and the deputy chair, and the "
            + "platform's grievances, oldest first; the complainant is shown to the chair handling a grievance, and to "
            + "other administrators only when not anonymous toward faculty.")
    @APIResponse(responseCode = "200", description = "The committee and its queue.",
            content = @Content(schema = @Schema(implementation = GrievanceViews.CommitteeView.class)))
    public GrievanceViews.CommitteeView committee() {
        MemberId caller = request.caller().member();
        return GrievanceViews.CommitteeView.of(grievances.committee(request.caller().tenant()),
                grievances.queue(request.caller().tenant(), caller), caller);
    }

    /** The caller takes a committee seat. */
    @PUT
    @Path("seats/{seat}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Access.ADMIN_OF_PLATFORM)
    @Operation(summary = "Take a committee seat", description = "The caller becomes the committee chair or the deputy "
            + "chair of the platform, under the name and e-mail address members see, in place of whoever held it. "
            + "Grievances already received stay with whoever received them.")
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @APIResponse(responseCode = "200", description = "Taken; the committee and its queue.",
            content = @Content(schema = @Schema(implementation = GrievanceViews.CommitteeView.class)))
    @APIResponse(responseCode = "400", description = REFUSED,
            content = @Content(schema = @Schema(implementation = FormProblems.class)))
    @APIResponse(responseCode = "409", description = REFUSED,
            content = @Content(schema = @Schema(implementation = FormProblems.class)))
    public Response takeSeat(@PathParam("seat") @Parameter(description = SEAT_DESCRIPTION) String seat,
            GrievanceViews.SeatInput input) {
        Validated<Committee> taken = grievances.takeSeat(request.caller().tenant(), seat(seat), request.caller().member(),
                input == null || input.name() == null ? "" : input.name(),
                input == null || input.email() == null ? "" : input.email());
        if (!taken.isValid()) {
            return FormProblems.answer(taken.violations().stream().map(ProgramGrievances::placed).toList());
        }
        return Response.ok(committee()).build();
    }

    /** The caller steps down from a committee seat. */
    @DELETE
    @Path("seats/{seat}")
    @Allowed(Access.ADMIN_OF_PLATFORM)
    @Operation(summary = "Step down from a committee seat", description = "Only whoever holds the seat can.")
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @APIResponse(responseCode = "200", description = "Left; the committee and its queue.",
            content = @Content(schema = @Schema(implementation = GrievanceViews.CommitteeView.class)))
    @APIResponse(responseCode = "409", description = REFUSED,
            content = @Content(schema = @Schema(implementation = FormProblems.class)))
    public Response leaveSeat(@PathParam("seat") @Parameter(description = SEAT_DESCRIPTION) String seat) {
        Validated<Committee> left = grievances.leaveSeat(request.caller().tenant(), seat(seat), request.caller().member());
        if (!left.isValid()) {
            return FormProblems.answerViolations(left.violations());
        }
        return Response.ok(committee()).build();
    }

    /** The handling chair acknowledges a grievance. */
    @POST
    @Path("grievances/{grievance}/acknowledgement")
    @Allowed(Access.ADMIN_OF_PLATFORM)
    @Operation(summary = "Acknowledge a grievance", description = "Only the chair it is routed to, and only once.")
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @APIResponse(responseCode = "200", description = "Acknowledged.",
            content = @Content(schema = @Schema(implementation = GrievanceViews.QueuedView.class)))
    @APIResponse(responseCode = "409", description = REFUSED,
            content = @Content(schema = @Schema(implementation = FormProblems.class)))
    public Response acknowledge(@PathParam("grievance") @Parameter(description = "Its reference, e.g. GRV-00001")
            String grievance) {
        return step(grievances.acknowledge(request.caller().tenant(), request.caller().member(), reference(grievance)));
    }

    /** The handling chair resolves an acknowledged grievance with a note. */
    @POST
    @Path("grievances/{grievance}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Access.ADMIN_OF_PLATFORM)
    @Operation(summary = "Resolve a grievance", description = "Only the chair it is routed to, once acknowledged, with "
            + "a resolution note for the complainant (at most " + ProgramGrievances.MAX_NOTE_LENGTH + " characters, no "
            + "patient details).")
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @APIResponse(responseCode = "200", description = "Resolved.",
            content = @Content(schema = @Schema(implementation = GrievanceViews.QueuedView.class)))
    @APIResponse(responseCode = "400", description = REFUSED,
            content = @Content(schema = @Schema(implementation = FormProblems.class)))
    @APIResponse(responseCode = "409", description = REFUSED,
            content = @Content(schema = @Schema(implementation = FormProblems.class)))
    public Response resolve(@PathParam("grievance") @Parameter(description = "Its reference, e.g. GRV-00001")
            String grievance, GrievanceViews.ResolutionInput input) {
        return step(grievances.resolve(request.caller().tenant(), request.caller().member(), reference(grievance),
                input == null || input.note() == null ? "" : input.note()));
    }

    private static Response step(Validated<ProgramGrievances.QueuedGrievance> done) {
        if (done.isValid()) {
            return Response.ok(GrievanceViews.QueuedView.of(done.orElseThrow())).build();
        }
        List<Violation> violations = done.violations();
        if (violations.stream().anyMatch(v -> v.code().equals("unknown-grievance"))) {
            throw new ApiRefused(ApiRefusal.of(404, "unknown-grievance", "There is no such grievance on this platform. "
                    + "Check the reference in the committee's queue (GET /api/v1/committee)."));
        }
        if (violations.stream().anyMatch(v -> v.code().equals("not-the-handling-chair"))) {
            throw new ApiRefused(ApiRefusal.of(403, "not-the-handling-chair", violations.stream()
                    .filter(v -> v.code().equals("not-the-handling-chair")).findFirst().orElseThrow().message()
                    + ". Only the chair a grievance is routed to acts on it."));
        }
        return FormProblems.answer(violations.stream().map(ProgramGrievances::placed).toList());
    }

    private static CommitteeSeat seat(String seat) {
        return switch (seat == null ? "" : seat.toLowerCase(Locale.ROOT)) {
            case "chair" -> CommitteeSeat.CHAIR;
            case "deputy" -> CommitteeSeat.DEPUTY;
            default -> throw new ApiRefused(ApiRefusal.of(404, "unknown-seat", "The committee has two seats: use "
                    + "'chair' or 'deputy'."));
        };
    }

    private static GrievanceId reference(String grievance) {
        if (grievance == null || grievance.isBlank()) {
            throw new ApiRefused(ApiRefusal.of(404, "unknown-grievance", "Give the grievance's reference, e.g. GRV-00001."));
        }
        return new GrievanceId(grievance);
    }

}
