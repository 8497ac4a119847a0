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
import java.util.function.Function;
import org.balint.core.group.MemberId;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.rotation.GroupRotation;
import org.balint.lti.tool.rotation.RotationAnswer;

/**
 * The forms of the leaders' rotation page: assign a volunteer, swap two turns, re-plan, publish, throw
 * away the unpublished changes, and accept or decline a member's swap request. Each post carries the
 * launch session and its CSRF token and is for the group's leaders only ({@link FormGuard}); the answer is
 * the rotation page with what was done, or with the form's reasons beside its fields and the right status.
 */
@Path("lti/rotation")
@RequestScoped
public class RotationResource {

    @Inject
    Instance<CourseServices> courses;

    @Inject
    Instance<GroupRotation> rotation;

    @Inject
    GroupPages pages;

    @Inject
    RotationPage page;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** Puts a member down as a volunteer for a session. */
    @POST
    @FormAccess(value = Rule.LEADER_OF_GROUP, reason = "Changes the rotation plan of the session's group; only its leaders plan who presents when.")
    @Path("volunteer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response volunteer(MultivaluedMap<String, String> form) {
        return asLeader(form, List.of(GroupRotation.MEMBER, GroupRotation.SESSION), (work, leader) -> rotation.get()
                .assignVolunteer(work.tenant(), work.group(), leader, form.getFirst(GroupRotation.MEMBER),
                        form.getFirst(GroupRotation.SESSION)));
    }

    /** Swaps two turns. */
    @POST
    @FormAccess(value = Rule.LEADER_OF_GROUP, reason = "Changes the rotation plan of the session's group; only its leaders plan who presents when.")
    @Path("swap")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response swap(MultivaluedMap<String, String> form) {
        return asLeader(form, List.of(GroupRotation.FIRST, GroupRotation.SECOND), (work, leader) -> rotation.get()
                .swap(work.tenant(), work.group(), leader, form.getFirst(GroupRotation.FIRST),
                        form.getFirst(GroupRotation.SECOND)));
    }

    /** Asks the planner for a new proposal. */
    @POST
    @FormAccess(value = Rule.LEADER_OF_GROUP, reason = "Changes the rotation plan of the session's group; only its leaders plan who presents when.")
    @Path("replan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response replan(MultivaluedMap<String, String> form) {
        return asLeader(form, List.of(), (work, leader) -> rotation.get().replan(work.tenant(), work.group(), leader));
    }

    /** Publishes the proposal the leader saw. */
    @POST
    @FormAccess(value = Rule.LEADER_OF_GROUP, reason = "Changes the rotation plan of the session's group; only its leaders plan who presents when.")
    @Path("publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(MultivaluedMap<String, String> form) {
        return asLeader(form, List.of(), (work, leader) -> rotation.get().publish(work.tenant(), work.group(), leader,
                form.getFirst(GroupRotation.PROPOSAL)));
    }

    /** Throws the unpublished changes away. */
    @POST
    @FormAccess(value = Rule.LEADER_OF_GROUP, reason = "Changes the rotation plan of the session's group; only its leaders plan who presents when.")
    @Path("discard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response discard(MultivaluedMap<String, String> form) {
        return asLeader(form, List.of(), (work, leader) -> rotation.get().discard(work.tenant(), work.group(), leader));
    }

    /** Accepts or declines a member's swap request. */
    @POST
    @FormAccess(value = Rule.LEADER_OF_GROUP, reason = "Changes the rotation plan of the session's group; only its leaders plan who presents when.")
    @Path("requests/decide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(MultivaluedMap<String, String> form) {
        return asLeader(form, List.of(), (work, leader) -> rotation.get().decide(work.tenant(), work.group(), leader,
                form.getFirst(GroupRotation.REQUEST), "accept".equals(form.getFirst(RotationPages.DECISION))));
    }

    /** A leader's action on the rotation. */
    @FunctionalInterface
    interface LeaderAction {
        RotationAnswer apply(GuardedWork work, MemberId leader);
    }

    private Response asLeader(MultivaluedMap<String, String> form, List<String> fields, LeaderAction action) {
        if (!courses.isResolvable() || !rotation.isResolvable()) {
            return CourseAnswers.notConfigured(headers);
        }
        String basePath = uriInfo.getBaseUri().getPath();
        Function<GuardedWork, Response> work = guarded -> {
            Optional<MemberId> leader = PresentingPage.memberOf(courses.get(), guarded.active());
            if (leader.isEmpty()) {
                return Answers.refusal(headers, "Launch again from your course", new Problem("session-unknown", 401,
                        "This session belongs to nobody the tool knows. Open the activity from your course again.")).build();
            }
            RotationAnswer answer = action.apply(guarded, leader.get());
            if (answer instanceof RotationAnswer.Done done) {
                return pages.show(guarded.active(), RotationPages.LEADER_PAGE, basePath, Optional.of(done.notice()));
            }
            var refusal = ((RotationAnswer.Refused) answer).refusal();
            Map<String, String> entered = new LinkedHashMap<>();
            fields.forEach(field -> Optional.ofNullable(form.getFirst(field)).ifPresent(v -> entered.put(field, v)));
            PageRequest request = new PageRequest(guarded.active(), guarded.tenant(), guarded.boundGroup(), basePath,
                    Optional.empty());
            return pages.page(guarded.active(), RotationPages.LEADER_PAGE, basePath, refusal.status(),
                    page.render(request, new RotationPages.Entered(refusal.reasons(), entered)));
        };
        return FormGuard.leaderOfGroup(courses.get().sessions(), headers, form, work);
    }
}
