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
import jakarta.ws.rs.core.Response;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Validated;
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
 * {@code /api/v1/groups/{group}/members/{member}/concerns}: a member raises a concern about their group and
 * follows it. It is routed to the platform's grievance committee chair, or the deputy chair when the chair
 * raised it or leads the group (see {@link CommitteeResource}). Only the member themselves.
 */
@Path("api/v1/groups/{group}")
@ApiV1
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grievances", description = "Members' concerns and the platform's grievance committee")
@SecurityRequirement(name = ApiDescription.SESSION)
@APIResponse(responseCode = "401", ref = ApiDescription.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDescription.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
public class ConcernResource {

    private static final String MEMBER_DESCRIPTION = "The member's id, or 'me'; only the member themselves.";
    private static final String REFUSED = "Refused with every reason; nothing was stored. 400 when a reason concerns "
            + "the input; 409 when only the state forbids it (no chair named).";

    @Inject
    ApiRequest request;

    @Inject
    ProgramGrievances grievances;

    /** Who receives concerns, and the caller's concerns about the group. */
    @GET
    @Path("members/{member}/concerns")
    @Allowed(Access.MEMBER_SELF)
    @Operation(summary = "My concerns", description = "Who receives a concern (the committee chair), what a concern "
            + "must not contain, and the concerns the caller raised about the group with where each stands.")
    @APIResponse(responseCode = "200", description = "The caller's concerns.",
            content = @Content(schema = @Schema(implementation = GrievanceViews.MemberConcernsView.class)))
    public GrievanceViews.MemberConcernsView concerns(@PathParam("group") String group,
            @PathParam("member") @Parameter(description = MEMBER_DESCRIPTION) String member) {
        return GrievanceViews.MemberConcernsView.of(grievances.forMember(request.caller().tenant(), groupId(), member())
                .orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound())), request.caller().member());
    }

    /** Raises a concern about the group with the committee. */
    @POST
    @Path("members/{member}/concerns")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Access.MEMBER_SELF)
    @Operation(summary = "Raise a concern", description = "A concern about the program (at most "
            + ProgramGrievances.MAX_TEXT_LENGTH + " characters, no patient details), routed to the committee chair, or "
            + "the deputy when the chair leads the group. With anonymousTowardFaculty the group's faculty do not see "
            + "the caller's name; the chair does.")
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @APIResponse(responseCode = "201", description = "Received and routed.",
            content = @Content(schema = @Schema(implementation = GrievanceViews.OwnConcernView.class)))
    @APIResponse(responseCode = "400", description = REFUSED,
            content = @Content(schema = @Schema(implementation = FormProblems.class)))
    @APIResponse(responseCode = "409", description = REFUSED,
            content = @Content(schema = @Schema(implementation = FormProblems.class)))
    public Response raise(@PathParam("group") String group,
            @PathParam("member") @Parameter(description = MEMBER_DESCRIPTION) String member,
            GrievanceViews.ConcernInput input) {
        String text = input == null || input.text() == null ? "" : input.text();
        boolean anonymous = input != null && Boolean.TRUE.equals(input.anonymousTowardFaculty());
        Validated<ProgramGrievances.OwnGrievance> filed = grievances.file(request.caller().tenant(), groupId(), member(),
                text, anonymous).orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()));
        if (!filed.isValid()) {
            return FormProblems.answer(filed.violations().stream().map(ProgramGrievances::placed).toList());
        }
        return Response.status(201).entity(GrievanceViews.OwnConcernView.of(filed.orElseThrow())).build();
    }

    private GroupId groupId() {
        return request.admitted().granted().group().orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()))
                .group();
    }

    private MemberId member() {
        return request.admitted().granted().member().orElseThrow(() -> new ApiRefused(ApiRefusal.memberNotFound()));
    }
}
