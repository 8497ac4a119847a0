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
import org.balint.lti.protocol.store.StoreUnavailable;
import org.balint.lti.tool.access.FormAccess;
import org.balint.lti.tool.access.FormAccess.Rule;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.roster.CourseRosterSync;
import org.balint.lti.tool.roster.SyncReport;

/**
 * A leader's "Sync roster with the course": posted with the launch session and its CSRF token like
 * every form after a launch, run at once, and answered with what the sync changed or why it changed
 * nothing. Members and administrators are refused ({@code leaders-only}, 403).
 */
@Path("lti/group/roster")
@RequestScoped
public class RosterSyncResource {

    /** The reason code when someone who does not lead the group asks for a sync. */
    static final String LEADERS_ONLY = "leaders-only";

    @Inject
    Instance<CourseServices> courses;

    @Inject
    Instance<CourseRosterSync> rosters;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** Syncs the session's placement with its course roster now. */
    @FormAccess(value = Rule.LEADER_OF_GROUP,
            reason = "A leader syncs the session's placement with its course roster; anyone else is refused "
                    + "leaders-only.")
    @POST
    @Path("sync")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sync(MultivaluedMap<String, String> form) {
        if (!courses.isResolvable() || !rosters.isResolvable()) {
            return CourseAnswers.notConfigured(headers);
        }
        CourseServices services = courses.get();
        return FormSessions.withActive(services.sessions(), headers, form, active -> {
            if (!active.session().isLeader()) {
                return Answers.refusal(headers, "Only leaders sync the roster", new Problem(LEADERS_ONLY, 403,
                        "Only the group's leaders sync it with the course roster. Open the activity from your course to see "
                                + "your group.")).build();
            }
            SyncReport report;
            try {
                report = rosters.get().sync().syncNow(active.session().course());
            } catch (StoreUnavailable unavailable) {
                return Answers.refusal(headers, "Balint is unavailable", new Problem(StoreUnavailable.CODE, 503,
                        "Balint cannot reach its database at the moment; nothing was changed. Sync again in a few minutes, "
                                + "and tell the administrator if it keeps happening.")).build();
            }
            return Answers.page(status(report), Html.page("Balint: course roster",
                    RosterPages.result(report, active, uriInfo.getBaseUri().getPath()))).build();
        });
    }

    /** 200 for a sync; for a failure 409 when the placement is not ready, 503 when trying later may work, else 502. */
    static int status(SyncReport report) {
        if (!(report instanceof SyncReport.Failed failed)) {
            return 200;
        }
        if (java.util.Set.of("roster-group-missing", "roster-service-not-offered", "platform-not-registered")
                .contains(failed.code())) {
            return 409;
        }
        return failed.transientFailure() ? 503 : 502;
    }
}
