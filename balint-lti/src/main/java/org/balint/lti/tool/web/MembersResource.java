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
import java.util.Optional;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.members.DecisionOutcome;
import org.balint.lti.tool.members.DecisionRequest;
import org.balint.lti.tool.members.GroupRoster;
import org.balint.lti.tool.members.PromotionOutcome;

/**
 * The Members page's forms: a faculty decision on a registration awaiting review, and filling free
 * places from the waitlist. Posted with the launch session and its CSRF token; only a leader of the
 * session's group may post. A refused decision shows the page again with the reasons at its registrant
 * (400 for a form to correct, 409 when the registration no longer awaits review).
 */
@Path("lti/members")
@RequestScoped
public class MembersResource {

    @Inject
    Instance<CourseServices> courses;

    @Inject
    Instance<GroupRoster> roster;

    @Inject
    GroupPages pages;

    @Inject
    MembersPage page;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** Accepts a registrant awaiting review, or declines for now with a standard reason. */
    @POST
    @Path("decide")
    @FormAccess(value = Rule.LEADER_OF_GROUP, reason = "A leader decides on a registration referred to faculty review in the session's group.")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(MultivaluedMap<String, String> form) {
        if (!courses.isResolvable() || !roster.isResolvable()) {
            return CourseAnswers.notConfigured(headers);
        }
        DecisionRequest request = new DecisionRequest(form.getFirst(DecisionRequest.REGISTRANT_FIELD),
                form.getFirst(DecisionRequest.DECISION_FIELD), form.getFirst(DecisionRequest.REASON_FIELD));
        return FormGuard.leaderOfGroup(courses.get().sessions(), headers, form, work -> {
            String basePath = uriInfo.getBaseUri().getPath();
            Optional<org.balint.core.group.MemberId> decider = LeadingPages.person(courses.get().users(),
                    work.active().session());
            if (decider.isEmpty()) {
                return Answers.refusal(headers, "Launch again from your course", new Problem("session-unknown", 401,
                        "This page's session no longer matches your account. Open the activity from the course again."))
                        .build();
            }
            DecisionOutcome outcome = roster.get().decide(work.tenant(), work.group(), decider.get(), request);
            if (outcome instanceof DecisionOutcome.Refused refused) {
                PageRequest again = new PageRequest(work.active(), work.tenant(), Optional.of(work.group()), basePath,
                        Optional.empty());
                return pages.page(work.active(), MembersPage.NAME, basePath, refused.status(),
                        page.content(again, Optional.of(new MembersPages.Refusal(request, refused.violations()))));
            }
            return pages.show(work.active(), MembersPage.NAME, basePath,
                    Optional.of(((DecisionOutcome.Decided) outcome).summary()));
        });
    }

    /** Fills free places from the waitlist, first in line first, as the core allows. */
    @POST
    @Path("promote")
    @FormAccess(value = Rule.LEADER_OF_GROUP, reason = "A leader fills free places of the session's group from its waitlist.")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response promote(MultivaluedMap<String, String> form) {
        if (!courses.isResolvable() || !roster.isResolvable()) {
            return CourseAnswers.notConfigured(headers);
        }
        return FormGuard.leaderOfGroup(courses.get().sessions(), headers, form, work -> {
            Optional<PromotionOutcome> outcome = roster.get().promote(work.tenant(), work.group());
            return pages.show(work.active(), MembersPage.NAME, uriInfo.getBaseUri().getPath(),
                    Optional.of(outcome.map(PromotionOutcome::summary).orElse("This group is no longer stored; nothing "
                            + "was changed. Open the activity from the course again.")));
        });
    }
}
