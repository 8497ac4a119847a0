package org.balint.lti.tool.web;

import java.util.List;
import java.util.stream.Collectors;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.roster.SyncReport;
import org.balint.lti.tool.session.ActiveSession;

/**
 * The leader's roster section: the "Sync roster with the course" button on the leader's home, and
 * the page showing what a sync did (who was added to the faculty, who left, who is unchanged, who is
 * in the course but not registered) or why it changed nothing and what to do. Every name is escaped.
 */
final class RosterPages {

    /** Where the button posts, below the application's base path. */
    static final String SYNC_ACTION = "lti/group/roster/sync";

    private RosterPages() {
    }

    /** The roster section of the leader's home: what a sync does, and its button. */
    static String syncSection(ActiveSession session, String basePath) {
        return "\n<section aria-labelledby=\"roster\">\n<h2 id=\"roster\">Course roster</h2>\n"
                + "<p>Balint keeps the group in step with the course: instructors join the faculty, and registered members who "
                + "left the course are marked as having left (their attendance stays). Learners still register themselves. "
                + "This happens after your launches, at most every 15 minutes; sync now to see the roster.</p>\n"
                + syncButton(session, basePath, "Sync roster with the course") + "</section>";
    }

    /** The page after a sync. */
    static String result(SyncReport report, ActiveSession session, String basePath) {
        if (report instanceof SyncReport.Failed failed) {
            return "<h1>The roster was not synced</h1>\n<div class=\"errors\" role=\"alert\">\n<p>"
                    + Html.escape(failed.message()) + " <span class=\"reason\">(<code>" + Html.escape(failed.code())
                    + "</code>)</span></p>\n</div>\n<p>Nothing in the group was changed."
                    + (failed.transientFailure() ? " Trying again in a few minutes may work." : "") + "</p>\n"
                    + syncButton(session, basePath, "Try again");
        }
        SyncReport.Synced synced = (SyncReport.Synced) report;
        return "<h1>The roster is synced with the course</h1>\n<p>"
                + (synced.reading() == SyncReport.Reading.FULL ? "Balint read the whole course roster."
                        : "Balint read the changes to the course roster since the last sync.") + "</p>\n"
                + list("Added to the faculty as co-leaders", "added", synced.coLeadersAdded())
                + list("Left the course, and so the group", "left", synced.left())
                + list("Registered and still in the course", "unchanged", synced.unchanged())
                + list("In the course, not registered", "not-registered", synced.notRegistered())
                + notes(synced.notes())
                + "<p>Learners who are not registered join the group by opening the activity and registering; Balint never "
                + "registers anyone for them.</p>\n"
                + syncButton(session, basePath, "Sync again");
    }

    private static String syncButton(ActiveSession session, String basePath, String label) {
        return "<form method=\"post\" action=\"" + Html.escape(basePath + SYNC_ACTION) + "\">\n"
                + "<input type=\"hidden\" name=\"" + CoursePages.SESSION_FIELD + "\" value=\"" + Html.escape(session.token())
                + "\">\n<input type=\"hidden\" name=\"" + CoursePages.CSRF_FIELD + "\" value=\""
                + Html.escape(session.csrfToken()) + "\">\n<button type=\"submit\">" + Html.escape(label) + "</button>\n</form>";
    }

    private static String list(String heading, String id, List<String> names) {
        String items = names.isEmpty() ? "<p>Nobody.</p>\n"
                : "<ul>" + names.stream().map(n -> "<li>" + Html.escape(n) + "</li>").collect(Collectors.joining()) + "</ul>\n";
        return "<h2 id=\"" + id + "\">" + Html.escape(heading) + " (" + names.size() + ")</h2>\n" + items;
    }

    private static String notes(List<Violation> notes) {
        if (notes.isEmpty()) {
            return "";
        }
        return "<h2>Left as they were</h2>\n<ul>" + notes.stream().map(n -> "<li>" + Html.escape(n.message())
                + " <span class=\"reason\">(<code>" + Html.escape(n.code()) + "</code>)</span></li>")
                .collect(Collectors.joining()) + "</ul>\n";
    }
}
