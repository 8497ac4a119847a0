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
import java.util.Optional;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.lti.tool.rotation.GroupRotation;
import org.balint.lti.tool.rotation.MemberRotation;
import org.balint.lti.tool.rotation.RotationAnswer;
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
 * {@code /api/v1/groups/{group}/members/{member}/swap-requests}: a member's requests to swap a turn, the
 * same service as the members' "When I present" page. A member reads and sends only their own; the
 * group's faculty and the platform's administrators read any member's.
 */
@Path("api/v1/groups/{group}/members/{member}/swap-requests")
@ApiV1
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rotation", description = "Who presents a case in which session")
@APIResponse(responseCode = "401", ref = ApiDescription.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDescription.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
public class SwapRequestsResource {

    private static final String MEMBER_DESCRIPTION = "The member's id, or 'me'.";

    @Inject
    ApiRequest request;

    @Inject
    GroupRotation rotation;

    /** The member's swap requests and the turns they could ask for. */
    @GET
    @Allowed({Access.MEMBER_SELF, Access.FACULTY_OF_GROUP, Access.ADMIN_OF_PLATFORM})
    @SecurityRequirement(name = ApiDescription.SESSION)
    @Operation(summary = "A member's swap requests", description = "Their requests with their status, their own turns "
            + "still to come and the other members' turns they could swap with.")
    @APIResponse(responseCode = "200", description = "The member's swap requests.",
            content = @Content(schema = @Schema(implementation = MemberSwapRequestsView.class)))
    public MemberSwapRequestsView requests(@PathParam("group") @Parameter(description = "The group id.") String group,
            @PathParam("member") @Parameter(description = MEMBER_DESCRIPTION) String member) {
        return view(Optional.empty());
    }

    /** Sends the member's request to the leader. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Access.MEMBER_SELF)
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @Operation(summary = "Ask to swap a turn", description = "Asks the leader to swap the member's turn in a session "
            + "with another member's turn. One request waits at a time; the turn stays until the leader accepts and "
            + "publishes.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RotationInputs.SwapRequest.class)))
    @APIResponse(responseCode = "200", description = "The member's requests, with the new one.",
            content = @Content(schema = @Schema(implementation = MemberSwapRequestsView.class)))
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDescription.CONFLICT)
    public MemberSwapRequestsView ask(@PathParam("group") String group, @PathParam("member") String member, String body) {
        return ask(RotationInputs.read(body, RotationInputs.SwapRequest.class));
    }

    MemberSwapRequestsView ask(RotationInputs.SwapRequest input) {
        RotationAnswer answer = rotation.requestSwap(request.caller().tenant(), groupId(), memberId(),
                RotationInputs.text(input.session()), input.with() == null ? "" : input.with().asValue());
        if (answer instanceof RotationAnswer.Refused refused) {
            throw new ApiRefused(RotationResource.refusal(refused.refusal()));
        }
        return view(Optional.of(((RotationAnswer.Done) answer).notice()));
    }

    private MemberSwapRequestsView view(Optional<String> notice) {
        GroupId id = groupId();
        MemberId who = memberId();
        MemberRotation view = rotation.memberView(request.caller().tenant(), id, who)
                .orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()));
        return new MemberSwapRequestsView(id.value(), who.value(),
                view.ownOpenTurns().stream().map(s -> s.session().value()).toList(),
                view.swapOptions().stream().map(s -> new RotationInputs.Turn(s.session().value(), s.presenter().value()))
                        .toList(),
                view.requests().stream().map(SwapRequestView::of).toList(), notice);
    }

    private GroupId groupId() {
        return request.admitted().granted().group().orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound())).group();
    }

    private MemberId memberId() {
        return request.admitted().granted().member().orElseThrow(() -> new ApiRefused(ApiRefusal.memberNotFound()));
    }
}
