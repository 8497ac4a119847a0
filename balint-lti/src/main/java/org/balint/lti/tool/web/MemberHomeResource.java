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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneId;
import java.util.Optional;
import org.balint.core.group.MemberId;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.tool.api.TimeZonePreferences;
import org.balint.lti.tool.api.TimeZones;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.course.LmsUser;
import org.balint.lti.tool.course.UserLink;

/**
 * The forms of a member's home page: the time zone their schedule is shown in ({@code POST
 * lti/member/time-zone}, field {@code time_zone}: an IANA zone id, or empty for the group's own zone). The
 * same choice as the API's {@code PUT /api/v1/me/time-zone}, kept by {@link TimeZonePreferences}. Every post
 * passes {@link FormGuard#memberOfGroup}; the home page is then shown again with what changed, and a zone
 * that is not an IANA id is shown again beside the field with status 400, nothing stored.
 */
@Path("lti/member")
@RequestScoped
public class MemberHomeResource {

    @Inject
    Instance<CourseServices> courses;

    @Inject
    Instance<TimeZonePreferences> timeZones;

    @Inject
    MemberHomePage home;

    @Inject
    GroupPages pages;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** Chooses the time zone of the member's schedule, or the group's own when the field is empty. */
    @POST
    @Path("time-zone")
    @FormAccess(value = Rule.MEMBER_OF_GROUP, reason = "A member chooses the time zone their own schedule is shown in.")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response chooseTimeZone(MultivaluedMap<String, String> form) {
        if (!courses.isResolvable() || !timeZones.isResolvable()) {
            return CourseAnswers.notConfigured(headers);
        }
        String wanted = Optional.ofNullable(form.getFirst(MemberHomeHtml.TIME_ZONE_FIELD)).orElse("").strip();
        String basePath = uriInfo.getBaseUri().getPath();
        return FormGuard.memberOfGroup(courses.get().sessions(), headers, form, work -> {
            PlatformDeployment deployment = work.active().session().course().deployment();
            Optional<MemberId> person = courses.get().users().find(new LmsUser(deployment.issuer(), deployment.clientId(),
                    work.active().session().subject(), Optional.empty(), Optional.empty())).map(UserLink::member);
            if (person.isEmpty()) {
                return Answers.refusal(headers, "Launch again from your course", new Problem("session-unknown", 401,
                        "This page's session no longer matches your account. Launch Balint again from your course: "
                                + "open the activity in the LMS.")).build();
            }
            if (wanted.isEmpty()) {
                timeZones.get().forget(deployment, person.get());
                return pages.show(work.active(), HomePage.NAME, basePath,
                        Optional.of("Times are shown in the group's time zone again."));
            }
            Optional<ZoneId> zone = TimeZones.iana(wanted);
            if (zone.isEmpty()) {
                String shown = wanted.length() > 64 ? wanted.substring(0, 64) + "…" : wanted;
                Optional<String> again = home.render(work.active(), work.group(), person.get(), basePath,
                        Optional.of("Your time zone was not changed."), Optional.of("\"" + shown + "\" is not a time zone"
                                + " Balint knows. Choose one from the list, e.g. Europe/Berlin or America/Toronto, and press"
                                + " Show these times again."));
                return again.map(content -> pages.page(work.active(), HomePage.NAME, basePath, 400, content))
                        .orElseGet(() -> Answers.refusal(headers, "Your time zone was not changed", new Problem(
                                "time-zone-invalid", 400, "\"" + shown + "\" is not a time zone Balint knows. Choose"
                                        + " one such as Europe/Berlin or America/Toronto.")).build());
            }
            timeZones.get().choose(deployment, person.get(), zone.get());
            return pages.show(work.active(), HomePage.NAME, basePath,
                    Optional.of("Times are now shown in " + zone.get().getId().replace('_', ' ') + "."));
        });
    }
}
