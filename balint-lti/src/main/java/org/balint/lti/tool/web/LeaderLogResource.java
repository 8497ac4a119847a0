package org.balint.lti.tool.web;

import org.balint.lti.tool.access.FormAccess;
import org.balint.lti.tool.access.FormAccess.Rule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.balint.core.group.MemberId;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.leaderlog.EntryOutcome;
import org.balint.lti.tool.leaderlog.EntryRequest;
import org.balint.lti.tool.leaderlog.LeaderLogs;

/**
 * The leader log page's forms, {@code lti/log/{kind}} for a session led, a supervised session or an
 * intensive. Posted with the launch session and its CSRF token; only a leader of the session's group may
 * post, and only to their own log. A refused entry shows the page again (400) with the reasons beside the
 * fields of its form and the values kept.
 */
@Path("lti/log")
@RequestScoped
public class LeaderLogResource {

    @Inject
    Instance<CourseServices> courses;

    @Inject
    Instance<LeaderLogs> logs;

    @Inject
    GroupPages pages;

    @Inject
    LeaderLogPage page;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** Adds one entry of {@code kind} to the posting leader's own log. */
    @POST
    @Path("{kind}")
    @FormAccess(value = Rule.LEADER_OF_GROUP, reason = "A leader adds an entry to their own leader log; nobody writes another leader's log.")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("kind") String kind, MultivaluedMap<String, String> form) {
        if (!courses.isResolvable() || !logs.isResolvable()) {
            return CourseAnswers.notConfigured(headers);
        }
        EntryRequest request = new EntryRequest(kind, form.getFirst(EntryRequest.SESSION_FIELD),
                form.getFirst(EntryRequest.ROLE_FIELD), form.getFirst(EntryRequest.DATE_FIELD),
                form.getFirst(EntryRequest.SUPERVISOR_FIELD), form.getFirst(EntryRequest.NAME_FIELD),
                form.getFirst(EntryRequest.FIRST_DAY_FIELD), form.getFirst(EntryRequest.LAST_DAY_FIELD));
        return FormGuard.leaderOfGroup(courses.get().sessions(), headers, form, work -> {
            String basePath = uriInfo.getBaseUri().getPath();
            Optional<MemberId> leader = page.leader(work.active().session());
            if (leader.isEmpty()) {
                return Answers.refusal(headers, "Launch again from your course", new Problem("session-unknown", 401,
                        "This page's session no longer matches your account. Open the activity from the course again."))
                        .build();
            }
            EntryOutcome outcome = logs.get().record(work.tenant(), work.group(), leader.get(), request);
            if (outcome instanceof EntryOutcome.Refused refused) {
                PageRequest again = new PageRequest(work.active(), work.tenant(), Optional.of(work.group()), basePath,
                        Optional.empty());
                return pages.page(work.active(), LeaderLogPage.NAME, basePath, refused.status(),
                        page.content(again, Optional.of(request), refused.violations()));
            }
            return pages.show(work.active(), LeaderLogPage.NAME, basePath,
                    Optional.of(((EntryOutcome.Added) outcome).summary()));
        });
    }
}
