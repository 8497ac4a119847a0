package org.balint.lti.tool.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.balint.core.attendance.ImportSettings;
import org.balint.core.attendance.ReportId;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.attendance.AttendanceChange;
import org.balint.lti.tool.attendance.LeaderAttendance;
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
 * {@code /api/v1/groups/{group}/sessions/{session}}: the group's faculty take attendance: read a session's
 * sheet, mark a member or enter their minutes, import the video platform's attendance report and resolve
 * the attendees it could not match. The same {@link LeaderAttendance} as the attendance page does the work;
 * a refused change writes nothing.
 */
@Path("api/v1/groups/{group}/sessions/{session}")
@ApiV1
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "attendance", description = "A session's attendance, taken by the group's faculty")
@SecurityRequirement(name = ApiDescription.SESSION)
@APIResponse(responseCode = "401", ref = ApiDescription.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDescription.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
public class AttendanceResource {

    private static final String SESSION_DESCRIPTION = "The session's number in the series, from 1.";
    private static final String REFUSED = "Refused; every reason is listed and nothing was written.";

    @Inject
    ApiRequest request;

    @Inject
    LeaderAttendance attendance;

    @Inject
    Clock clock;

    /** The session's sheet: every member's attendance and the attendees still to resolve. */
    @GET
    @Path("attendance")
    @Allowed(Access.FACULTY_OF_GROUP)
    @Operation(summary = "A session's attendance sheet", description = "Every member's attendance in the session "
            + "(present, absent or excused, with minutes and what decided it) and the attendees of imported reports "
            + "still to resolve.")
    @APIResponse(responseCode = "200", description = "The sheet.",
            content = @Content(schema = @Schema(implementation = SessionSheetView.class)))
    public SessionSheetView sheet(@PathParam("group") String group,
            @PathParam("session") @Parameter(description = SESSION_DESCRIPTION) String session) {
        return SessionSheetView.of(attendance.sheet(request.caller().tenant(), groupId(), number(session))
                .orElseThrow(AttendanceResource::sessionNotFound), clock.instant());
    }

    /** Marks a member or records their minutes. */
    @PUT
    @Path("attendance/members/{member}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Access.FACULTY_OF_GROUP)
    @Operation(summary = "Record a member's attendance", description = "Either a mark (present for the whole "
            + "session, absent, excused) or the minutes present counted from the scheduled start. Replaces what "
            + "the attendance reports show for the member, until changed again.")
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @APIResponse(responseCode = "200", description = "Recorded; the sheet after it.",
            content = @Content(schema = @Schema(implementation = AttendanceChangeView.class)))
    @APIResponse(responseCode = "400", description = REFUSED,
            content = @Content(schema = @Schema(implementation = AttendanceProblem.class)))
    @APIResponse(responseCode = "409", description = "Someone else changed the sheet meanwhile; read it again.",
            content = @Content(schema = @Schema(implementation = AttendanceProblem.class)))
    public Response record(@PathParam("group") String group,
            @PathParam("session") @Parameter(description = SESSION_DESCRIPTION) String session,
            @PathParam("member") @Parameter(description = "The member's id.") String member, AttendanceEntry entry) {
        SessionNumber number = number(session);
        MemberId who = request.admitted().granted().member()
                .orElseThrow(() -> new ApiRefused(ApiRefusal.memberNotFound()));
        Optional<String> mark = Optional.ofNullable(entry).map(AttendanceEntry::mark).filter(m -> !m.isBlank());
        Optional<String> minutes = Optional.ofNullable(entry).map(AttendanceEntry::minutes);
        if (mark.isPresent() == minutes.isPresent()) {
            return refused(new AttendanceChange.Refused(400, List.of(Violation.of("attendance-entry-invalid",
                    "Send either a mark (present, absent or excused) or the minutes present, such as "
                            + "{\"mark\":\"present\"} or {\"minutes\":\"75\"}."))));
        }
        AttendanceChange change;
        if (mark.isPresent()) {
            Optional<LeaderAttendance.Mark> chosen = markOf(mark.get());
            if (chosen.isEmpty()) {
                return refused(new AttendanceChange.Refused(400, List.of(Violation.of("mark-unknown", "\""
                        + mark.get() + "\" is not a mark; send present, absent or excused."))));
            }
            change = attendance.mark(request.caller().tenant(), groupId(), number, who, chosen.get(), leader());
        } else {
            change = attendance.enterMinutes(request.caller().tenant(), groupId(), number, who, minutes.get(), leader());
        }
        return answer(change);
    }

    /** Imports the video platform's attendance report of the session. */
    @POST
    @Path("attendance-report")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Allowed(Access.FACULTY_OF_GROUP)
    @Operation(summary = "Import an attendance report", description = "The CSV file Zoom (participant list) or "
            + "Teams (attendance report) exported for the session, unchanged, at most 1 MiB. Members are matched by "
            + "e-mail address, then by name; attendees matched to nobody or to several members wait to be resolved. "
            + "A report with any bad line is refused whole, each bad line listed. The same report again counts once.")
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @RequestBody(description = "The report file as exported.", required = true,
            content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "Imported (or imported before); the sheet after it.",
            content = @Content(schema = @Schema(implementation = AttendanceChangeView.class)))
    @APIResponse(responseCode = "400", description = REFUSED + " Each bad line's message starts with 'line N:'.",
            content = @Content(schema = @Schema(implementation = AttendanceProblem.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than 1 MiB.",
            content = @Content(schema = @Schema(implementation = AttendanceProblem.class)))
    public Response importReport(@PathParam("group") String group,
            @PathParam("session") @Parameter(description = SESSION_DESCRIPTION) String session,
            @QueryParam("dates") @Parameter(description = "How the report writes dates: month-first (3/15/2026, the "
                    + "default) or day-first (15/03/2026).") String dates,
            @jakarta.ws.rs.HeaderParam(HttpHeaders.CONTENT_LENGTH) String length, InputStream body) {
        SessionNumber number = number(session);
        Optional<ImportSettings.DateOrder> order = dateOrder(dates);
        if (order.isEmpty()) {
            return refused(new AttendanceChange.Refused(400, List.of(Violation.of("date-order-unknown", "dates is "
                    + "month-first or day-first; leave it out for month-first."))));
        }
        if (declaredTooLarge(length)) {
            return refused(new AttendanceChange.Refused(413, List.of(LeaderAttendance.tooLarge())));
        }
        return answer(attendance.importReport(request.caller().tenant(), groupId(), number, readAtMostOneMore(body),
                order.get(), leader()));
    }

    /** The attendees still to resolve. */
    @GET
    @Path("attendance/unmatched")
    @Allowed(Access.FACULTY_OF_GROUP)
    @Operation(summary = "Attendees to resolve", description = "Attendees of the session's imported reports matched "
            + "to no single member, each named by report and line.")
    @APIResponse(responseCode = "200", description = "The attendees, in report order.",
            content = @Content(schema = @Schema(implementation = SessionSheetView.Unmatched.class)))
    public List<SessionSheetView.Unmatched> unmatched(@PathParam("group") String group,
            @PathParam("session") @Parameter(description = SESSION_DESCRIPTION) String session) {
        return sheet(group, session).unmatched();
    }

    /** Resolves unmatched attendees, all together or none. */
    @POST
    @Path("attendance/unmatched")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Access.FACULTY_OF_GROUP)
    @Operation(summary = "Resolve attendees", description = "For each attendee (by report and line), the member they "
            + "are, or not a member. All are written in one transaction, or none when any is refused.")
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @APIResponse(responseCode = "200", description = "Resolved; the sheet after it.",
            content = @Content(schema = @Schema(implementation = AttendanceChangeView.class)))
    @APIResponse(responseCode = "400", description = REFUSED,
            content = @Content(schema = @Schema(implementation = AttendanceProblem.class)))
    public Response resolve(@PathParam("group") String group,
            @PathParam("session") @Parameter(description = SESSION_DESCRIPTION) String session,
            AttendanceResolutions body) {
        SessionNumber number = number(session);
        List<LeaderAttendance.Resolution> resolutions = new ArrayList<>();
        List<Violation> bad = new ArrayList<>();
        List<AttendanceResolutions.Resolution> asked = body == null || body.resolutions() == null ? List.of()
                : body.resolutions();
        for (int i = 0; i < asked.size(); i++) {
            AttendanceResolutions.Resolution r = asked.get(i);
            String which = "resolution " + (i + 1);
            Optional<ReportId> report = Optional.ofNullable(r == null ? null : r.report()).flatMap(AttendanceResource::reportId);
            boolean guest = r != null && Boolean.TRUE.equals(r.notAMember());
            boolean named = r != null && r.member() != null && !r.member().isBlank();
            if (report.isEmpty() || r.line() == null || r.line() < 1) {
                bad.add(Violation.of("attendee-unnamed", which + " does not name an attendee; give the report id and "
                        + "line as GET .../attendance/unmatched lists them."));
            } else if (guest == named) {
                bad.add(Violation.of("resolution-unclear", which + " must name either a member or notAMember: true."));
            } else {
                resolutions.add(new LeaderAttendance.Resolution(report.get(), r.line(),
                        named ? memberId(r.member()) : Optional.empty()));
            }
        }
        if (!bad.isEmpty()) {
            return refused(new AttendanceChange.Refused(400, bad));
        }
        return answer(attendance.resolve(request.caller().tenant(), groupId(), number, resolutions, leader()));
    }

    private Response answer(AttendanceChange change) {
        if (change instanceof AttendanceChange.Done done) {
            return Response.ok(new AttendanceChangeView(done.notice(), SessionSheetView.of(done.sheet(),
                    clock.instant()))).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
        }
        return refused((AttendanceChange.Refused) change);
    }

    private static Response refused(AttendanceChange.Refused refused) {
        Violation first = refused.reasons().get(0);
        return Response.status(refused.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(new AttendanceProblem(first.code(), first.message(), refused.reasons().stream()
                        .map(v -> new ApiProblem(v.code(), v.message())).toList()))
                .build();
    }

    private MemberId leader() {
        return request.caller().member();
    }

    private GroupId groupId() {
        return request.admitted().granted().group().orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()))
                .group();
    }

    private static SessionNumber number(String session) {
        if (session == null || !session.matches("[1-9][0-9]{0,3}")) {
            throw sessionNotFound();
        }
        return SessionNumber.of(Integer.parseInt(session));
    }

    private static ApiRefused sessionNotFound() {
        return new ApiRefused(ApiRefusal.of(404, "session-not-found", "The series has no such session; sessions are "
                + "numbered from 1 (GET /api/v1/groups/{group}/schedule lists them)."));
    }

    private static Optional<LeaderAttendance.Mark> markOf(String text) {
        for (LeaderAttendance.Mark mark : LeaderAttendance.Mark.values()) {
            if (mark.name().toLowerCase(Locale.ROOT).equals(text.strip())) {
                return Optional.of(mark);
            }
        }
        return Optional.empty();
    }

    private static Optional<ImportSettings.DateOrder> dateOrder(String dates) {
        if (dates == null || dates.isBlank() || dates.equals("month-first")) {
            return Optional.of(ImportSettings.DateOrder.MONTH_FIRST);
        }
        return dates.equals("day-first") ? Optional.of(ImportSettings.DateOrder.DAY_FIRST) : Optional.empty();
    }

    private static boolean declaredTooLarge(String length) {
        try {
            return length != null && Long.parseLong(length.strip()) > LeaderAttendance.MAX_REPORT_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The body, or its first {@code MAX_REPORT_BYTES + 1} bytes (which the service refuses as too large). */
    private static byte[] readAtMostOneMore(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try (body) {
            return body.readNBytes(LeaderAttendance.MAX_REPORT_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("the report could not be read", e);
        }
    }

    private static Optional<ReportId> reportId(String text) {
        try {
            return Optional.of(new ReportId(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<MemberId> memberId(String text) {
        try {
            return Optional.of(new MemberId(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new ApiRefused(ApiRefusal.memberNotFound());
        }
    }
}
