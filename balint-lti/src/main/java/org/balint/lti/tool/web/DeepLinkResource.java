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
import java.util.Optional;
import java.util.function.BiFunction;
import org.balint.lti.tool.access.FormAccess;
import org.balint.lti.tool.access.FormAccess.Rule;
import org.balint.lti.tool.course.SetupRequest;
import org.balint.lti.tool.deeplinking.ActiveDeepLink;
import org.balint.lti.tool.deeplinking.DeepLinkCheck;
import org.balint.lti.tool.deeplinking.DeepLinkView;
import org.balint.lti.tool.deeplinking.DeepLinking;

/**
 * The content picker's forms: set up a new group and place it, or place a group set up earlier. Every
 * post must carry the picker's session (hidden field {@code deep_link_session}) and its CSRF token
 * (hidden field {@code csrf}); an unknown, expired or forged session is answered {@code 401}, a second
 * answer to the same request {@code 409}. The answer is the signed deep-linking response, posted back
 * to the platform by the browser.
 */
@Path("lti/deep-link")
@RequestScoped
public class DeepLinkResource {

    @Inject
    Instance<DeepLinking> deepLinking;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** The set-up form of a new group. */
    @FormAccess(value = Rule.CONTENT_PICKER,
            reason = "An instructor in the content picker sets up and places a new group, with the picker's "
                    + "session and CSRF token.")
    @POST
    @Path("create")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        return withSession(form, (service, active) -> service.create(active, new SetupRequest(
                value(form, SetupRequest.TITLE), value(form, SetupRequest.LEADER_NAME), value(form, SetupRequest.LEADER_EMAIL),
                value(form, SetupRequest.FIRST_DATE), value(form, SetupRequest.FIRST_TIME), value(form, SetupRequest.SESSIONS),
                value(form, SetupRequest.MINUTES), value(form, SetupRequest.ZONE), value(form, SetupRequest.VIDEO_LINK))));
    }

    /** The choice of a group set up earlier. */
    @FormAccess(value = Rule.CONTENT_PICKER,
            reason = "An instructor in the content picker places a group of their own deployment set up earlier, "
                    + "with the picker's session and CSRF token.")
    @POST
    @Path("pick")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pick(MultivaluedMap<String, String> form) {
        return withSession(form, (service, active) -> service.pick(active, value(form, DeepLinkView.GROUP_FIELD)));
    }

    private Response withSession(MultivaluedMap<String, String> form,
            BiFunction<DeepLinking, ActiveDeepLink, DeepLinkView> action) {
        if (!deepLinking.isResolvable()) {
            return CourseAnswers.notConfigured(headers);
        }
        DeepLinking service = deepLinking.get();
        return DeepLinkAnswers.view(headers, uriInfo, () -> {
            DeepLinkCheck check = service.sessions().verifyPost(Optional.ofNullable(form.getFirst(DeepLinkPages.SESSION_FIELD)),
                    Optional.ofNullable(form.getFirst(CoursePages.CSRF_FIELD)));
            if (check instanceof DeepLinkCheck.Refused refused) {
                return new DeepLinkView.Refused(refused.code(), refused.status(), refused.message());
            }
            return action.apply(service, ((DeepLinkCheck.Valid) check).active());
        }).build();
    }

    private static String value(MultivaluedMap<String, String> form, String name) {
        return Optional.ofNullable(form.getFirst(name)).orElse("");
    }
}
