package org.balint.lti.tool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneId;
import java.util.Optional;
import org.balint.core.group.MemberId;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.protocol.store.StoreUnavailable;
import org.balint.lti.tool.api.TimeZonePreferences;
import org.balint.lti.tool.api.TimeZones;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.course.LmsUser;
import org.balint.lti.tool.course.UserLink;
import org.balint.lti.tool.session.ActiveSession;

/**
 * The forms of a member's home page: the time zone their schedule is shown in ({@code POST
 * lti/member/time-zone}, field {@code time_zone}: an IANA zone id, or empty for the group's own zone). The
 * same choice as the API's {@code PUT /api/v1/me/time-zone}, kept by {@link TimeZonePreferences}. Every post
 * carries the launch session and its CSRF token; a zone that is not an IANA id is shown again beside the
 * field with status 400, and nothing is stored.
 */
@Path("lti/member")
@RequestScoped
public class MemberHomeResource {

    /** The reason code of a time zone that is not an IANA zone id. */
    static final String TIME_ZONE_INVALID = "time-zone-invalid";

    @Inject
    Instance<CourseServices> courses;

    @Inject
    Instance<TimeZonePreferences> timeZones;

    @Inject
    MemberHomePage home;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** Chooses the time zone of the member's schedule, or the group's own when the field is empty. */
    @POST
    @Path("time-zone")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response chooseTimeZone(MultivaluedMap<String, String> form) {
        if (!courses.isResolvable() || !timeZones.isResolvable()) {
            return CourseAnswers.notConfigured(headers);
        }
        String wanted = Optional.ofNullable(form.getFirst(MemberHomeHtml.TIME_ZONE_FIELD)).orElse("").strip();
        return FormSessions.withActive(courses.get().sessions(), headers, form, active -> {
            PlatformDeployment deployment = active.session().course().deployment();
            Optional<MemberId> person;
            try {
                person = courses.get().users().find(new LmsUser(deployment.issuer(), deployment.clientId(),
                        active.session().subject(), Optional.empty(), Optional.empty())).map(UserLink::member);
                if (person.isEmpty()) {
                    return Answers.refusal(headers, "Launch again from your course", new Problem("session-unknown", 401,
                            "This page's session no longer matches your account. Launch Balint again from your course: "
                                    + "open the activity in the LMS.")).build();
                }
                if (wanted.isEmpty()) {
                    timeZones.get().forget(deployment, person.get());
                    return page(active, person.get(), 200, "Times are shown in the group's time zone again.",
                            Optional.empty());
                }
                Optional<ZoneId> zone = TimeZones.iana(wanted);
                if (zone.isEmpty()) {
                    return page(active, person.get(), 400, "Your time zone was not changed.", Optional.of("\""
                            + (wanted.length() > 64 ? wanted.substring(0, 64) + "…" : wanted) + "\" is not a time zone"
                            + " Balint knows. Choose one from the list, e.g. Europe/Berlin or America/Toronto, and press"
                            + " Show these times again."));
                }
                timeZones.get().choose(deployment, person.get(), zone.get());
                return page(active, person.get(), 200, "Times are now shown in " + zone.get().getId().replace('_', ' ')
                        + ".", Optional.empty());
            } catch (StoreUnavailable unavailable) {
                return Answers.refusal(headers, "Balint is unavailable", new Problem(StoreUnavailable.CODE, 503,
                        "Balint cannot reach its database at the moment; nothing was changed. Try again in a few minutes,"
                                + " and tell the administrator if it keeps happening.")).build();
            }
        });
    }

    /** The member's home page with {@code notice} at its top; a plain notice page for someone without one. */
    private Response page(ActiveSession active, MemberId person, int status, String notice, Optional<String> problem) {
        String basePath = uriInfo.getBaseUri().getPath();
        Optional<String> content = active.session().group().flatMap(group -> home.render(active, group, person,
                basePath, Optional.of(notice), problem));
        String body = content.orElseGet(() -> "<h1>Your time zone</h1>\n<p role=\"status\">" + Html.escape(notice)
                + "</p>\n" + problem.map(p -> "<p class=\"error\">" + Html.escape(p) + "</p>\n").orElse(""));
        return Answers.page(status, Html.page("Balint: your group", body)).build();
    }
}
