package org.balint.lti.tool.web;

import java.util.Optional;
import org.balint.core.group.MemberId;
import org.balint.lti.tool.course.LmsUser;
import org.balint.lti.tool.course.UserLink;
import org.balint.lti.tool.course.UserLinks;
import org.balint.lti.tool.session.LaunchSession;

/** What the leaders' Members, My leader log and Credit pages share. */
final class LeadingPages {

    private LeadingPages() {
    }

    /** The content of a leader's page whose activity has no group (yet). */
    static String noGroup(String heading) {
        return "<h1>" + Html.escape(heading) + "</h1>\n<p>This activity has no Balint group yet. Set the group up from the "
                + "activity's first page, then come back here.</p>";
    }

    /** The Balint person of {@code session}'s launch, linked when they launched. */
    static Optional<MemberId> person(UserLinks users, LaunchSession session) {
        return users.find(new LmsUser(session.course().deployment().issuer(), session.course().deployment().clientId(),
                session.subject(), Optional.empty(), Optional.empty())).map(UserLink::member);
    }
}
