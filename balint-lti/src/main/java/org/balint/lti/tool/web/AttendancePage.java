package org.balint.lti.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.balint.lti.tool.attendance.LeaderAttendance;
import org.balint.lti.tool.session.LaunchSession;

/**
 * The leader's attendance page ({@code lti/page/attendance}): the latest session begun, with its sheet,
 * the report import and the chart of attendance per session. Its forms post to
 * {@link AttendancePagesResource}. Only the group's leaders may open it.
 */
@ApplicationScoped
public class AttendancePage implements GroupPage {

    /** The page's name in its address. */
    static final String NAME = "attendance";

    @Inject
    LeaderAttendance attendance;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String label() {
        return "Attendance";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean isFor(LaunchSession session) {
        return session.isLeader();
    }

    @Override
    public String render(PageRequest request) {
        if (request.group().isEmpty()) {
            return "<h1>Attendance</h1>\n<p>This activity has no Balint group yet. Set the group up from the home page "
                    + "first; its sessions then appear here.</p>\n";
        }
        return attendance.overview(request.tenant(), request.group().get(), Optional.empty())
                .map(overview -> AttendanceSections.render(overview, GroupPages.hidden(request.active()),
                        request.basePath(), AttendanceSections.Feedback.none()))
                .orElse("<h1>Attendance</h1>\n<p>Balint has no records of this activity's group for your platform. Open "
                        + "the activity again from your course; if this page stays, tell the administrator.</p>\n");
    }
}
