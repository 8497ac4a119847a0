package org.balint.lti.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.balint.core.group.MemberId;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.course.LmsUser;
import org.balint.lti.tool.course.UserLink;
import org.balint.lti.tool.session.ActiveSession;

/** Who a page's person is in Balint: the member id their platform user is linked to. */
@ApplicationScoped
public class PagePeople {

    /** What a page shows when the placement's group or the person is no longer on record. */
    static final String GONE = "<h1>Not available</h1>\n<p>Balint no longer keeps this group or your part in it (it may"
            + " have been removed after its retention period). Open the activity again from your course; if this"
            + " persists, ask the course's instructor.</p>";

    @Inject
    Instance<CourseServices> courses;

    /** The Balint member id of {@code active}'s person; empty when the tool has no link for them. */
    Optional<MemberId> memberOf(ActiveSession active) {
        var deployment = active.session().course().deployment();
        return courses.get().users().find(new LmsUser(deployment.issuer(), deployment.clientId(),
                active.session().subject(), Optional.empty(), Optional.empty())).map(UserLink::member);
    }
}
