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
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.balint.core.registration.Attestation;
import org.balint.lti.tool.access.FormAccess;
import org.balint.lti.tool.access.FormAccess.Rule;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.course.LaunchView;
import org.balint.lti.tool.course.RegistrationRequest;
import org.balint.lti.tool.course.SetupRequest;
import org.balint.lti.tool.session.ActiveSession;

/**
 * The forms that follow a launch: a leader's group set-up and faculty join, a member's registration.
 * Every post must carry the launch session (hidden field {@code launch_session} or
 * {@code Authorization: Bearer}) and its CSRF token (hidden field {@code csrf}); an unknown, expired or
 * forged session is answered {@code 401} with a page that sends the person back to their course.
 */
@Path("lti/group")
@RequestScoped
public class GroupPagesResource {

    @Inject
    Instance<CourseServices> courses;

    @Inject
    Instance<LeaderPageSections> sections;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** The "set up this Balint group" form. */
    @FormAccess(value = Rule.LEADER_OF_GROUP,
            reason = "A leader of the placement sets its group up; anyone else is refused leaders-only.")
    @POST
    @Path("setup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setUp(MultivaluedMap<String, String> form) {
        return withSession(form, (services, active) -> services.setup().setUp(active, new SetupRequest(
                value(form, SetupRequest.TITLE), value(form, SetupRequest.LEADER_NAME), value(form, SetupRequest.LEADER_EMAIL),
                value(form, SetupRequest.FIRST_DATE), value(form, SetupRequest.FIRST_TIME), value(form, SetupRequest.SESSIONS),
                value(form, SetupRequest.MINUTES), value(form, SetupRequest.ZONE), value(form, SetupRequest.VIDEO_LINK))));
    }

    /** A leader's name and e-mail, to join the faculty of a group another leader set up. */
    @FormAccess(value = Rule.LEADER_OF_GROUP,
            reason = "A leader of the placement joins the faculty of its group; anyone else is refused "
                    + "leaders-only.")
    @POST
    @Path("faculty")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response joinFaculty(MultivaluedMap<String, String> form) {
        return withSession(form, (services, active) -> services.setup().joinFaculty(active, value(form, "name"),
                value(form, "email")));
    }

    /** A member's registration form. */
    @FormAccess(value = Rule.MEMBER_OF_GROUP,
            reason = "A learner of the placement registers for its group, as themselves; leaders and "
                    + "administrators are refused members-only.")
    @POST
    @Path("register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> form) {
        Set<Attestation> attested = EnumSet.noneOf(Attestation.class);
        for (Attestation attestation : Attestation.values()) {
            if (!value(form, RegistrationRequest.field(attestation)).isEmpty()) {
                attested.add(attestation);
            }
        }
        return withSession(form, (services, active) -> services.registration().register(active, new RegistrationRequest(
                value(form, RegistrationRequest.NAME), value(form, RegistrationRequest.EMAIL),
                value(form, RegistrationRequest.DISCIPLINE), value(form, RegistrationRequest.DETAIL), attested,
                !value(form, RegistrationRequest.STRESSFUL).isEmpty())));
    }

    /** Checks the session and its CSRF token, then runs {@code action} and shows the page it leads to. */
    private Response withSession(MultivaluedMap<String, String> form, Action action) {
        if (!courses.isResolvable()) {
            return CourseAnswers.notConfigured(headers);
        }
        CourseServices services = courses.get();
        return FormSessions.withActive(services.sessions(), headers, form, active ->
                CourseAnswers.view(headers, uriInfo, () -> action.apply(services, active), leaderSections()).build());
    }

    /** The token of an {@code Authorization: Bearer} header, if the request has one. */
    static Optional<String> bearer(HttpHeaders headers) {
        return Optional.ofNullable(headers.getHeaderString(HttpHeaders.AUTHORIZATION))
                .map(String::strip)
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).strip());
    }

    private static String value(MultivaluedMap<String, String> form, String name) {
        return Optional.ofNullable(form.getFirst(name)).orElse("");
    }

    /** What a form does once its session is verified. */
    @FunctionalInterface
    private interface Action {
        LaunchView apply(CourseServices services, ActiveSession active);
    }

    /** The sections below a leader's home page (the group's credit), when the server has them. */
    private Optional<LeaderPageSections> leaderSections() {
        return sections.isResolvable() ? Optional.of(sections.get()) : Optional.empty();
    }
}
