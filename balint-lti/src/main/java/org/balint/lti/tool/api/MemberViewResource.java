package org.balint.lti.tool.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import java.util.Optional;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/groups/{group}}: what a member sees of their group: the schedule, and, for a member,
 * when they present, their attendance and their credit decision. A member reads only their own records
 * ({@code {member}} is their id or {@code me}); the group's faculty read any member's; an administrator
 * of the platform reads the groups of their deployment.
 */
@Path("api/v1/groups/{group}")
@ApiV1
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "member view", description = "A group's schedule and a member's own records")
@SecurityRequirement(name = ApiDescription.SESSION)
@APIResponse(responseCode = "401", ref = ApiDescription.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDescription.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
public class MemberViewResource {

    private static final String TZ_DESCRIPTION = "IANA time zone for the times, e.g. Europe/Berlin; by default the "
            + "zone the caller chose (PUT /api/v1/me/time-zone), else the group's.";
    private static final String MEMBER_DESCRIPTION = "The member's id, or 'me'.";

    @Inject
    ApiRequest request;

    @Inject
    MemberViews views;

    @Inject
    TimeZonePreferences timeZones;

    /** The series' sessions in the caller's time zone, the video link and the next session. */
    @GET
    @Path("schedule")
    @Allowed({Access.GROUP_PARTICIPANT, Access.ADMIN_OF_PLATFORM})
    @Operation(summary = "The group's schedule", description = "Every session with start and end in the requested "
            + "time zone, the video link, and the session under way or next.")
    @APIResponse(responseCode = "200", description = "The schedule.",
            content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    public ScheduleView schedule(@PathParam("group") @Parameter(description = "The group id.") String group,
            @QueryParam("tz") @Parameter(description = TZ_DESCRIPTION) String tz) {
        return views.schedule(request.caller().tenant(), groupId(), chosen(tz))
                .orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()));
    }

    /** When the member presents, from the published rotation plan. */
    @GET
    @Path("members/{member}/presentations")
    @Allowed({Access.MEMBER_SELF, Access.FACULTY_OF_GROUP, Access.ADMIN_OF_PLATFORM})
    @Operation(summary = "When a member presents", description = "The sessions in which the member presents a case, "
            + "from the published rotation plan, and their next turn.")
    @APIResponse(responseCode = "200", description = "The member's turns.",
            content = @Content(schema = @Schema(implementation = PresentationsView.class)))
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    public PresentationsView presentations(@PathParam("group") String group,
            @PathParam("member") @Parameter(description = MEMBER_DESCRIPTION) String member,
            @QueryParam("tz") @Parameter(description = TZ_DESCRIPTION) String tz) {
        MemberId who = member();
        return views.presentations(request.caller().tenant(), groupId(), who, chosen(tz))
                .orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()));
    }

    /** The member's attendance per session. */
    @GET
    @Path("members/{member}/attendance")
    @Allowed({Access.MEMBER_SELF, Access.FACULTY_OF_GROUP, Access.ADMIN_OF_PLATFORM})
    @Operation(summary = "A member's attendance", description = "Per session: present, absent, excused, not "
            + "recorded yet or upcoming, with the minutes that count and what decided it.")
    @APIResponse(responseCode = "200", description = "The member's attendance.",
            content = @Content(schema = @Schema(implementation = AttendanceView.class)))
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    public AttendanceView attendance(@PathParam("group") String group,
            @PathParam("member") @Parameter(description = MEMBER_DESCRIPTION) String member,
            @QueryParam("tz") @Parameter(description = TZ_DESCRIPTION) String tz) {
        MemberId who = member();
        return views.attendance(request.caller().tenant(), groupId(), who, chosen(tz))
                .orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()));
    }

    /** The member's credit decisions with their reasons. */
    @GET
    @Path("members/{member}/credit")
    @Allowed({Access.MEMBER_SELF, Access.FACULTY_OF_GROUP, Access.ADMIN_OF_PLATFORM})
    @Operation(summary = "A member's credit decision", description = "Every recorded decision (one per kind of "
            + "credit) with each rule met or unmet and the reasons for any ineligibility; empty until credit is decided.")
    @APIResponse(responseCode = "200", description = "The member's credit decisions.",
            content = @Content(schema = @Schema(implementation = CreditView.class)))
    public CreditView credit(@PathParam("group") String group,
            @PathParam("member") @Parameter(description = MEMBER_DESCRIPTION) String member) {
        MemberId who = member();
        return views.credit(request.caller().tenant(), groupId(), who)
                .orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()));
    }

    private GroupId groupId() {
        return request.admitted().granted().group().orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()))
                .group();
    }

    private MemberId member() {
        return request.admitted().granted().member().orElseThrow(() -> new ApiRefused(ApiRefusal.memberNotFound()));
    }

    /** The zone asked for, else the caller's choice; empty for the group's own. */
    private Optional<ZoneId> chosen(String tz) {
        if (tz != null) {
            return Optional.of(TimeZones.required(tz));
        }
        Caller caller = request.caller();
        return timeZones.find(caller.deployment(), caller.member());
    }
}
