package org.balint.lti.tool.web;

import org.balint.lti.tool.access.FormAccess;
import org.balint.lti.tool.access.FormAccess.Rule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.core.attendance.ImportSettings;
import org.balint.core.attendance.ReportId;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.attendance.AttendanceChange;
import org.balint.lti.tool.attendance.LeaderAttendance;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.course.LmsUser;
import org.balint.lti.tool.session.LaunchSession;

/**
 * The forms of the leader's attendance page: choose a session, mark a member present or absent (one
 * click), save a member's minutes, import the attendance report (a {@code multipart/form-data} upload of
 * at most 1 MiB) and resolve the attendees it could not match. Each post carries the launch session and
 * its CSRF token and is for the group's leaders only ({@link FormGuard#leaderOfGroup}); the answer is the
 * attendance page of the session, with what was done, or with the reasons beside the field (400; 413 for
 * a file over 1 MiB) when nothing was written.
 */
@Path("lti/attendance")
@RequestScoped
public class AttendancePagesResource {

    /** The reason code of a form that names no session of the series. */
    static final String SESSION_UNKNOWN = "session-not-found";

    @Inject
    Instance<CourseServices> courses;

    @Inject
    LeaderAttendance attendance;

    @Inject
    GroupPages pages;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** Shows another session. */
    @POST
    @Path("show")
    @FormAccess(value = Rule.LEADER_OF_GROUP, reason = "Shows a session of the sheet to the group's leaders; the session and its CSRF token open the session's own group only.")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response show(MultivaluedMap<String, String> form) {
        return asLeader(form, work -> page(work, session(form), AttendanceSections.Feedback.none(), 200));
    }

    /** Marks one member present (for the whole session) or absent: the one click per member. */
    @POST
    @Path("mark")
    @FormAccess(value = Rule.LEADER_OF_GROUP, reason = "Marks one member present or absent; only a leader of the session's group changes its attendance.")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response mark(MultivaluedMap<String, String> form) {
        return asLeader(form, work -> {
            Optional<SessionNumber> session = session(form);
            Optional<MemberId> member = member(form);
            Optional<LeaderAttendance.Mark> mark = switch (field(form, AttendanceSections.MARK_FIELD)) {
                case "present" -> Optional.of(LeaderAttendance.Mark.PRESENT);
                case "absent" -> Optional.of(LeaderAttendance.Mark.ABSENT);
                default -> Optional.empty();
            };
            if (session.isEmpty() || member.isEmpty() || mark.isEmpty()) {
                return incomplete();
            }
            return outcome(work, session, attendance.mark(work.tenant(), work.group(), session.get(), member.get(),
                    mark.get(), leader(work)), reasons -> AttendanceSections.Feedback.none());
        });
    }

    /** Saves one member's minutes present; a bad value is shown again with its reason beside the field. */
    @POST
    @Path("minutes")
    @FormAccess(value = Rule.LEADER_OF_GROUP, reason = "Records a member's minutes; only a leader of the session's group changes its attendance.")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response minutes(MultivaluedMap<String, String> form) {
        return asLeader(form, work -> {
            Optional<SessionNumber> session = session(form);
            Optional<MemberId> member = member(form);
            if (session.isEmpty() || member.isEmpty()) {
                return incomplete();
            }
            String entered = field(form, AttendanceSections.MINUTES_FIELD);
            return outcome(work, session, attendance.enterMinutes(work.tenant(), work.group(), session.get(),
                    member.get(), entered, leader(work)),
                    reasons -> new AttendanceSections.Feedback(Optional.empty(), Optional.of(
                            new AttendanceSections.MinutesRefused(member.get(), entered, reasons)), List.of(), List.of()));
        });
    }

    /** Imports the attendance report uploaded for the session. */
    @POST
    @Path("import")
    @FormAccess(value = Rule.LEADER_OF_GROUP, reason = "Imports the video platform's attendance report into the session's group; leaders only.")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importReport(List<EntityPart> parts) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        Optional<byte[]> file = Optional.empty();
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if (AttendanceSections.REPORT_FIELD.equals(part.getName())) {
                file = Optional.of(readAtMostOneMore(part.getContent()));
            } else if (part.getName() != null && part.getName().length() <= 100) {
                form.add(part.getName(), new String(readAtMostOneMore(part.getContent()), StandardCharsets.UTF_8));
            }
        }
        byte[] report = file.orElse(new byte[0]);
        return asLeader(form, work -> {
            Optional<SessionNumber> session = session(form);
            if (session.isEmpty()) {
                return incomplete();
            }
            ImportSettings.DateOrder order = "yes".equals(field(form, AttendanceSections.DAY_FIRST_FIELD))
                    ? ImportSettings.DateOrder.DAY_FIRST : ImportSettings.DateOrder.MONTH_FIRST;
            return outcome(work, session, attendance.importReport(work.tenant(), work.group(), session.get(), report,
                    order, leader(work)),
                    reasons -> new AttendanceSections.Feedback(Optional.empty(), Optional.empty(), reasons, List.of()));
        });
    }

    /** Saves the leader's choices for the unmatched attendees, all in one transaction. */
    @POST
    @Path("resolve")
    @FormAccess(value = Rule.LEADER_OF_GROUP, reason = "Resolves the report's unmatched attendees to members of the session's group; leaders only.")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(MultivaluedMap<String, String> form) {
        return asLeader(form, work -> {
            Optional<SessionNumber> session = session(form);
            if (session.isEmpty()) {
                return incomplete();
            }
            List<LeaderAttendance.Resolution> resolutions = new ArrayList<>();
            for (Map.Entry<String, List<String>> field : form.entrySet()) {
                if (!field.getKey().startsWith(AttendanceSections.WHO_PREFIX) || field.getValue().isEmpty()) {
                    continue;
                }
                String choice = field.getValue().get(0).strip();
                Optional<LeaderAttendance.Resolution> resolution = resolution(field.getKey(), choice);
                if (choice.isEmpty()) {
                    continue;
                }
                if (resolution.isEmpty()) {
                    return incomplete();
                }
                resolutions.add(resolution.get());
            }
            return outcome(work, session, attendance.resolve(work.tenant(), work.group(), session.get(), resolutions,
                    leader(work)),
                    reasons -> new AttendanceSections.Feedback(Optional.empty(), Optional.empty(), List.of(), reasons));
        });
    }

    private Response outcome(GuardedWork work, Optional<SessionNumber> session, AttendanceChange change,
            java.util.function.Function<List<Violation>, AttendanceSections.Feedback> refused) {
        if (change instanceof AttendanceChange.Done done) {
            return page(work, session, AttendanceSections.Feedback.notice(done.notice()), 200);
        }
        AttendanceChange.Refused no = (AttendanceChange.Refused) change;
        if (no.status() == 400 || no.status() == 413) {
            AttendanceSections.Feedback feedback = refused.apply(no.reasons());
            if (!feedback.equals(AttendanceSections.Feedback.none())) {
                return page(work, session, feedback, no.status());
            }
        }
        Violation first = no.reasons().get(0);
        return Answers.refusal(headers, "Attendance not changed", new Problem(first.code(), no.status(),
                first.message())).build();
    }

    private Response page(GuardedWork work, Optional<SessionNumber> session, AttendanceSections.Feedback feedback,
            int status) {
        return attendance.overview(work.tenant(), work.group(), session)
                .map(overview -> pages.page(work.active(), AttendancePage.NAME, basePath(), status,
                        AttendanceSections.render(overview, GroupPages.hidden(work.active()), basePath(), feedback)))
                .orElseGet(() -> Answers.refusal(headers, "No such session", new Problem(SESSION_UNKNOWN, 404,
                        "The series has no such session. Open the Attendance page again and choose one of its sessions."))
                        .build());
    }

    private Response asLeader(MultivaluedMap<String, String> form, java.util.function.Function<GuardedWork, Response> work) {
        return FormGuard.leaderOfGroup(courses, headers, form, work);
    }

    /** The leader's Balint id, from the LMS user their session is for (linked at launch). */
    private MemberId leader(GuardedWork work) {
        LaunchSession session = work.active().session();
        return courses.get().users().find(new LmsUser(session.course().deployment().issuer(),
                session.course().deployment().clientId(), session.subject(), Optional.empty(), Optional.empty()))
                .map(link -> link.member())
                .orElseThrow(() -> new IllegalStateException("a launch session of an LMS user the tool never linked"));
    }

    private Response incomplete() {
        return Answers.refusal(headers, "Attendance not changed", new Problem("form-incomplete", 400, "The form did not "
                + "name a session, a member or a choice Balint knows. Open the Attendance page again and use its buttons."))
                .build();
    }

    private String basePath() {
        return uriInfo.getBaseUri().getPath();
    }

    private static String field(MultivaluedMap<String, String> form, String name) {
        return Optional.ofNullable(form.getFirst(name)).orElse("").strip();
    }

    private static Optional<SessionNumber> session(MultivaluedMap<String, String> form) {
        String text = field(form, AttendanceSections.SESSION_FIELD);
        return text.matches("[1-9][0-9]{0,3}") ? Optional.of(SessionNumber.of(Integer.parseInt(text))) : Optional.empty();
    }

    private static Optional<MemberId> member(MultivaluedMap<String, String> form) {
        return memberId(field(form, AttendanceSections.MEMBER_FIELD));
    }

    private static Optional<MemberId> memberId(String text) {
        try {
            return text.isEmpty() || text.length() > 200 ? Optional.empty() : Optional.of(new MemberId(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The resolution a resolver field ({@code who.<report>.<line>}) and its choice make, if both are well formed. */
    static Optional<LeaderAttendance.Resolution> resolution(String name, String choice) {
        String[] parts = name.substring(AttendanceSections.WHO_PREFIX.length()).split("\\.", -1);
        if (parts.length != 2 || !parts[0].matches("[0-9a-f]{64}") || !parts[1].matches("[1-9][0-9]{0,6}")) {
            return Optional.empty();
        }
        ReportId report = new ReportId(parts[0]);
        int line = Integer.parseInt(parts[1]);
        if (choice.equals(AttendanceSections.NOT_A_MEMBER)) {
            return Optional.of(new LeaderAttendance.Resolution(report, line, Optional.empty()));
        }
        if (choice.startsWith(AttendanceSections.MEMBER_CHOICE)) {
            return memberId(choice.substring(AttendanceSections.MEMBER_CHOICE.length()))
                    .map(member -> new LeaderAttendance.Resolution(report, line, Optional.of(member)));
        }
        return Optional.empty();
    }

    /** The part's first {@code MAX_REPORT_BYTES + 1} bytes: enough to tell a file that is too large. */
    private static byte[] readAtMostOneMore(InputStream content) {
        try (content) {
            return content.readNBytes(LeaderAttendance.MAX_REPORT_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        }
    }
}
