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
import java.util.function.Function;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.lti.protocol.store.StoreUnavailable;
import org.balint.lti.tool.access.FormAccess;
import org.balint.lti.tool.access.FormAccess.Rule;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.course.Tenancy;
import org.balint.lti.tool.gradebook.LeaderCredit;
import org.balint.lti.tool.session.ActiveSession;
import org.balint.persistence.tenant.Tenant;

/**
 * A leader's credit forms: "Record credit decisions" and "Send again" for a result the LMS refused for
 * good. Like every form after a launch, each post carries the launch session and its CSRF token; only a
 * leader of the session's group may post ({@code 403 leaders-only} otherwise), and the answer is the
 * group's Credit page with what was done.
 */
@Path("lti/group/credit")
@RequestScoped
public class CreditPagesResource {

    /** The reason code when "Send again" names a member with no given-up result. */
    static final String NOTHING_TO_SEND_AGAIN = "nothing-to-send-again";

    @Inject
    Instance<CourseServices> courses;

    @Inject
    Instance<LeaderCredit> credit;

    @Inject
    GroupPages pages;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** Records every member's current credit decision; changed results go to the gradebook. */
    @FormAccess(value = Rule.LEADER_OF_GROUP,
            reason = "A leader records the credit decisions of the session's group; anyone else is refused "
                    + "leaders-only.")
    @POST
    @Path("record")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(MultivaluedMap<String, String> form) {
        return asLeader(form, (work) -> {
            Optional<LeaderCredit.Recorded> recorded = credit.get().record(work.tenant(), work.group());
            if (recorded.isEmpty()) {
                return noGroup();
            }
            LeaderCredit.Recorded r = recorded.get();
            return page(work.active(), "Recorded " + r.decisions() + (r.decisions() == 1 ? " decision" : " decisions")
                    + "; " + r.changed() + (r.changed() == 1 ? " changed result goes" : " changed results go")
                    + " to the gradebook.");
        });
    }

    /** Sends a member's result again after the LMS refused it for good. */
    @FormAccess(value = Rule.LEADER_OF_GROUP,
            reason = "A leader sends a result of a member of the session's group again; a member of another group "
                    + "is not found there.")
    @POST
    @Path("send-again")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendAgain(MultivaluedMap<String, String> form) {
        String member = Optional.ofNullable(form.getFirst(CreditSection.MEMBER_FIELD)).orElse("").strip();
        return asLeader(form, (work) -> {
            if (member.isEmpty() || member.length() > 200) {
                return Answers.refusal(headers, "Nothing to send again", new Problem(NOTHING_TO_SEND_AGAIN, 400,
                        "The form did not name a member. Open the activity again and press Send again beside the member."))
                        .build();
            }
            if (credit.get().sendAgain(work.tenant(), work.group(), new MemberId(member)).isEmpty()) {
                return Answers.refusal(headers, "Nothing to send again", new Problem(NOTHING_TO_SEND_AGAIN, 409,
                        "This member's latest result is not one the gradebook refused (it may have been sent again "
                                + "already); nothing was changed. Open the activity again to see where it stands.")).build();
            }
            return page(work.active(), "The result is sent to the gradebook again.");
        });
    }

    private Response page(ActiveSession active, String notice) {
        return pages.show(active, CreditPage.NAME, uriInfo.getBaseUri().getPath(), Optional.of(notice));
    }

    private Response noGroup() {
        return Answers.refusal(headers, "No group yet", new Problem(FormGuard.NO_GROUP, 409,
                "This activity has no Balint group yet, so there is no credit to record. Set the group up first.")).build();
    }

    /** Checks the session, its CSRF token and that a leader of a group posts, then runs {@code action}. */
    private Response asLeader(MultivaluedMap<String, String> form, Function<GuardedWork, Response> action) {
        if (!courses.isResolvable() || !credit.isResolvable()) {
            return CourseAnswers.notConfigured(headers);
        }
        return FormGuard.leaderOfGroup(courses.get().sessions(), headers, form, action);
    }
}
