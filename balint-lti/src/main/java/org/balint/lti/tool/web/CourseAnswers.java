package org.balint.lti.tool.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.function.Supplier;
import org.balint.lti.tool.course.ConcurrentChange;
import org.balint.lti.tool.course.LaunchView;
import org.balint.lti.protocol.store.StoreUnavailable;

/** Turns what the course services decide into responses, including their failures. */
final class CourseAnswers {

    /** The reason code when the tool runs without the database its groups need. */
    static final String NOT_CONFIGURED = "groups-not-configured";
    /** The reason code when a change kept losing races against other changes. */
    static final String BUSY = "changed-concurrently";

    private CourseAnswers() {
    }

    /** The page of the view {@code decide} returns; a failing database or a lost race become their own pages. */
    static Response.ResponseBuilder view(HttpHeaders headers, UriInfo uriInfo, Supplier<LaunchView> decide) {
        return view(headers, uriInfo, decide, Optional.empty());
    }

    /** {@link #view(HttpHeaders, UriInfo, Supplier)}, with {@code sections} below a leader's home. */
    static Response.ResponseBuilder view(HttpHeaders headers, UriInfo uriInfo, Supplier<LaunchView> decide,
            Optional<LeaderPageSections> sections) {
        LaunchView view;
        try {
            view = decide.get();
        } catch (StoreUnavailable unavailable) {
            return Answers.refusal(headers, "Balint is unavailable", new Problem(StoreUnavailable.CODE, 503,
                    "Balint cannot reach its database at the moment; nothing was changed. Open the activity again in a few "
                            + "minutes, and tell the administrator if it keeps happening."));
        } catch (ConcurrentChange conflict) {
            return Answers.refusal(headers, "Please try again", new Problem(BUSY, 409,
                    "Someone else changed this group at the same moment; nothing of yours was stored. Open the activity "
                            + "again and repeat what you did."));
        }
        if (view instanceof LaunchView.Refused refused) {
            return Answers.refusal(headers, "This page cannot be shown",
                    new Problem(refused.code(), refused.status(), refused.message()));
        }
        CoursePages.Rendered page = sections.isPresent()
                ? CoursePages.render(view, uriInfo.getBaseUri().getPath(), sections.get())
                : CoursePages.render(view, uriInfo.getBaseUri().getPath());
        return Answers.page(page.status(), page.html());
    }

    /** The tool has no group storage configured. */
    static Response notConfigured(HttpHeaders headers) {
        return Answers.refusal(headers, "Balint groups are not set up on this server", new Problem(NOT_CONFIGURED, 503,
                "This Balint server has no database for groups configured, so groups cannot be set up or joined. Tell the "
                        + "administrator of the Balint server.")).build();
    }
}
