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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.core.group.MemberId;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.rotation.GroupRotation;
import org.balint.lti.tool.rotation.RotationAnswer;

/**
 * The form of the members' presenting page: a request to swap one of their turns with another member's.
 * The post carries the launch session and its CSRF token and is for the group's members only
 * ({@link FormGuard}); the answer is the presenting page with the request's status, or with the form's
 * reasons beside its fields and the right status.
 */
@Path("lti/presenting")
@RequestScoped
public class PresentingResource {

    @Inject
    Instance<CourseServices> courses;

    @Inject
    Instance<GroupRotation> rotation;

    @Inject
    GroupPages pages;

    @Inject
    PresentingPage page;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** Sends the member's swap request to the leader. */
    @POST
    @FormAccess(value = Rule.MEMBER_OF_GROUP, reason = "A member asks to swap their own turn in the session's group; the request names no one else's records.")
    @Path("request")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response request(MultivaluedMap<String, String> form) {
        if (!courses.isResolvable() || !rotation.isResolvable()) {
            return CourseAnswers.notConfigured(headers);
        }
        String basePath = uriInfo.getBaseUri().getPath();
        return FormGuard.memberOfGroup(courses.get().sessions(), headers, form, guarded -> {
            Optional<MemberId> member = PresentingPage.memberOf(courses.get(), guarded.active());
            if (member.isEmpty()) {
                return Answers.refusal(headers, "Launch again from your course", new Problem("session-unknown", 401,
                        "This session belongs to nobody the tool knows. Open the activity from your course again.")).build();
            }
            RotationAnswer answer = rotation.get().requestSwap(guarded.tenant(), guarded.group(), member.get(),
                    form.getFirst(GroupRotation.TURN), form.getFirst(GroupRotation.WITH));
            if (answer instanceof RotationAnswer.Done done) {
                return pages.show(guarded.active(), RotationPages.MEMBER_PAGE, basePath, Optional.of(done.notice()));
            }
            var refusal = ((RotationAnswer.Refused) answer).refusal();
            Map<String, String> entered = new LinkedHashMap<>();
            for (String field : List.of(GroupRotation.TURN, GroupRotation.WITH)) {
                Optional.ofNullable(form.getFirst(field)).ifPresent(v -> entered.put(field, v));
            }
            PageRequest request = new PageRequest(guarded.active(), guarded.tenant(), guarded.boundGroup(), basePath,
                    Optional.empty());
            return pages.page(guarded.active(), RotationPages.MEMBER_PAGE, basePath, refusal.status(),
                    page.render(request, new RotationPages.Entered(refusal.reasons(), entered)));
        });
    }
}
