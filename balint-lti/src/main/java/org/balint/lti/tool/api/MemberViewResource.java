package org.balint.lti.tool.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.balint.core.attendance.AttendanceSheet;
import org.balint.core.attendance.MemberAttendance;
import org.balint.core.credit.CreditAward;
import org.balint.core.credit.CreditRecord;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.group.ScheduledSession;
import org.balint.core.rotation.PresentationSlot;
import org.balint.core.rotation.PublishedPlan;
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
    ApiRecords records;

    @Inject
    TimeZonePreferences timeZones;

    @Inject
    Clock clock;

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
        BalintGroup found = group();
        ZoneId zone = zone(tz, found);
        Instant now = clock.instant();
        List<SessionView> sessions = found.schedule().sessions().stream().map(s -> SessionView.of(s, zone, now)).toList();
        Optional<SessionView> next = found.schedule().sessionInProgressAt(now)
                .or(() -> found.schedule().nextSessionAfter(now)).map(s -> SessionView.of(s, zone, now));
        return new ScheduleView(found.id().value(), found.title(), zone.getId(), found.videoLink().toString(), sessions,
                next);
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
        GroupId id = groupId();
        Reading reading = read(r -> new Reading(r.groups().find(id), r.rotations().find(id)));
        BalintGroup found = reading.group().orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()));
        ZoneId zone = zone(tz, found);
        Instant now = clock.instant();
        List<ScheduledSession> turns = reading.plan().map(plan -> plan.slots().stream()
                .filter(slot -> slot.presenter().equals(who)).map(PresentationSlot::session).distinct().sorted()
                .flatMap(number -> found.schedule().session(number).stream()).toList()).orElse(List.of());
        return new PresentationsView(id.value(), who.value(), zone.getId(), reading.plan().isPresent(),
                turns.stream().map(s -> SessionView.of(s, zone, now)).toList(),
                turns.stream().filter(s -> !s.isHeldBy(now)).findFirst().map(s -> SessionView.of(s, zone, now)));
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
        GroupId id = groupId();
        AttendanceReading reading = read(r -> new AttendanceReading(r.groups().find(id), r.attendance().findAll(id)));
        BalintGroup found = reading.group().orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()));
        ZoneId zone = zone(tz, found);
        Instant now = clock.instant();
        List<SessionAttendanceView> sessions = found.schedule().sessions().stream().map(session -> {
            SessionView view = SessionView.of(session, zone, now);
            Optional<AttendanceSheet> sheet = reading.sheets().stream()
                    .filter(s -> s.number().equals(session.number())).findFirst();
            if (sheet.isEmpty()) {
                return session.isHeldBy(now)
                        ? new SessionAttendanceView(view, "not-recorded", "not recorded yet", 0, 0, 0, "nothing-yet")
                        : new SessionAttendanceView(view, "upcoming", "upcoming", 0, 0, 0, "nothing-yet");
            }
            MemberAttendance attended = sheet.get().attendanceOf(who);
            return new SessionAttendanceView(view, attended.status().standing().name().toLowerCase(Locale.ROOT),
                    attended.status().describe(), attended.status().minutesPresent(), attended.status().minutesLate(),
                    attended.status().minutesLeftEarly(), kebab(attended.decidedBy().name()));
        }).toList();
        return new AttendanceView(id.value(), who.value(), zone.getId(), sessions);
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
        GroupId id = groupId();
        List<CreditRecord> kept = read(r -> r.credit().ofGroup(id).stream()
                .filter(record -> record.member().equals(who)).toList());
        return new CreditView(id.value(), who.value(), kept.stream().map(MemberViewResource::decision).toList());
    }

    private static CreditDecisionView decision(CreditRecord record) {
        Optional<String> earned = record.type().isCreditBearing()
                ? Optional.of(record.creditEarned().toString()) : Optional.empty();
        return new CreditDecisionView(record.type().name(), record.type().label(), record.eligible(),
                describe(record.attained()), earned,
                record.reasons().stream().map(v -> new ApiProblem(v.code(), v.message())).toList(),
                record.rules().stream().map(r -> new RuleView(r.rule().code(), r.met(), r.explanation())).toList(),
                record.revision(), record.decidedAt().toString(),
                record.claim().map(c -> c.credit().toString()));
    }

    private static String describe(CreditAward award) {
        return award.toString();
    }

    private static String kebab(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private record Reading(Optional<BalintGroup> group, Optional<PublishedPlan> plan) {
    }

    private record AttendanceReading(Optional<BalintGroup> group, List<AttendanceSheet> sheets) {
    }

    private GroupId groupId() {
        return request.admitted().granted().group().orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()))
                .group();
    }

    private MemberId member() {
        return request.admitted().granted().member().orElseThrow(() -> new ApiRefused(ApiRefusal.memberNotFound()));
    }

    private BalintGroup group() {
        GroupId id = groupId();
        return read(r -> r.groups().find(id)).orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()));
    }

    private <T> T read(java.util.function.Function<MemberRecords, T> work) {
        return records.read(request.caller().tenant(), work)
                .orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()));
    }

    /** The zone asked for, else the caller's choice, else the group's. */
    private ZoneId zone(String tz, BalintGroup group) {
        if (tz != null) {
            return TimeZones.required(tz);
        }
        Caller caller = request.caller();
        return timeZones.find(caller.deployment(), caller.member()).orElse(group.schedule().zone());
    }

}
