package org.balint.lti.tool.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import org.balint.core.group.GroupId;
import org.balint.lti.tool.launch.BalintRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/me}: who the caller is, and the time zone they chose for schedules. */
@Path("api/v1/me")
@ApiV1
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me", description = "The caller")
@SecurityRequirement(name = ApiDescription.SESSION)
@APIResponse(responseCode = "401", ref = ApiDescription.UNAUTHORIZED)
public class MeResource {

    @Inject
    ApiRequest request;

    @Inject
    TimeZonePreferences timeZones;

    /** Who the caller is. */
    @GET
    @Allowed(Access.ANY_CALLER)
    @Operation(summary = "Who am I", description = "The caller's Balint member id, roles and the group of the launch.")
    @APIResponse(responseCode = "200", description = "The caller.",
            content = @Content(schema = @Schema(implementation = MeView.class)))
    public MeView me() {
        Caller caller = request.caller();
        return new MeView(caller.member().value(), caller.roles().stream().sorted().map(BalintRole::name).toList(),
                caller.group().map(GroupId::value), caller.deployment().issuer(), caller.deployment().deploymentId(),
                timeZones.find(caller.deployment(), caller.member()).map(ZoneId::getId));
    }

    /** Chooses the time zone of the caller's schedules. */
    @PUT
    @Path("time-zone")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Access.ANY_CALLER)
    @Operation(summary = "Choose my time zone", description = "The IANA zone schedules are shown in when no tz is asked for.")
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @APIResponse(responseCode = "200", description = "The zone now chosen.",
            content = @Content(schema = @Schema(implementation = TimeZoneChoice.class)))
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDescription.FORBIDDEN)
    public TimeZoneChoice chooseTimeZone(TimeZoneChoice choice) {
        ZoneId zone = TimeZones.required(choice == null ? null : choice.timeZone());
        Caller caller = request.caller();
        timeZones.choose(caller.deployment(), caller.member(), zone);
        return new TimeZoneChoice(zone.getId());
    }

    /** Forgets the caller's time zone: schedules are shown in each group's zone again. */
    @DELETE
    @Path("time-zone")
    @Allowed(Access.ANY_CALLER)
    @Operation(summary = "Forget my time zone", description = "Schedules are shown in each group's own zone again.")
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @APIResponse(responseCode = "204", description = "Forgotten.")
    @APIResponse(responseCode = "403", ref = ApiDescription.FORBIDDEN)
    public Response forgetTimeZone() {
        Caller caller = request.caller();
        timeZones.forget(caller.deployment(), caller.member());
        return Response.noContent().build();
    }
}
