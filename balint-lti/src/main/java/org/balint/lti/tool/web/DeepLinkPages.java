package org.balint.lti.tool.web;

import java.util.List;
import java.util.stream.Collectors;
import org.balint.core.group.BalintGroup;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.deeplinking.ActiveDeepLink;
import org.balint.lti.tool.deeplinking.DeepLinkView;

/**
 * The content picker of deep linking: the set-up form for a new group and the list of groups not
 * placed yet. Like the pages after a launch, every text is escaped, both forms carry the picker's
 * session and CSRF token as hidden fields, and every reason is shown beside its field.
 */
final class DeepLinkPages {

    /** The hidden field carrying the content-picker session token. */
    static final String SESSION_FIELD = "deep_link_session";
    /** Where the forms post, below the application's base path. */
    static final String CREATE_ACTION = "lti/deep-link/create";
    static final String PICK_ACTION = "lti/deep-link/pick";

    private DeepLinkPages() {
    }

    /** The content picker; {@code basePath} is the application's base path (ending in {@code /}). */
    static String choose(DeepLinkView.Choose v, String basePath) {
        List<FieldViolation> errors = v.violations();
        return Html.page("Balint: place a group in the course", "<h1>Place a Balint group in this course</h1>\n"
                + "<p>Set up a new Balint group, or choose one set up earlier. The course then gets an activity that opens "
                + "the group (members register there) and a gradebook column for the series' CE credit.</p>\n"
                + CoursePages.summary(errors)
                + "<h2>Set up a new group</h2>\n"
                + "<form method=\"post\" action=\"" + Html.escape(basePath + CREATE_ACTION) + "\" novalidate>\n"
                + hidden(v.session())
                + CoursePages.setUpFields(v.form(), errors)
                + "<button type=\"submit\">Set up the group and place it</button>\n</form>\n"
                + "<h2>Or place a group set up earlier</h2>\n"
                + "<p class=\"hint\">Only groups of this LMS installation that are not placed in a course yet are listed. "
                + "A Balint group belongs to one activity, because its members, sessions and credit results belong to one "
                + "course; a group placed already is opened through its own activity.</p>\n"
                + existing(v, basePath, errors));
    }

    private static String existing(DeepLinkView.Choose v, String basePath, List<FieldViolation> errors) {
        String name = DeepLinkView.GROUP_FIELD;
        String reasons = errors.stream().filter(e -> e.field().filter(name::equals).isPresent())
                .map(e -> Html.escape(e.violation().message()) + " <span class=\"reason\">(<code>"
                        + Html.escape(e.violation().code()) + "</code>)</span>")
                .collect(Collectors.joining("<br>"));
        String error = reasons.isEmpty() ? "" : "<p class=\"error\" id=\"e-" + name + "\">" + reasons + "</p>\n";
        if (v.unplaced().isEmpty()) {
            return error + "<p>No group is waiting to be placed.</p>";
        }
        StringBuilder choices = new StringBuilder();
        boolean first = true;
        for (BalintGroup group : v.unplaced()) {
            String id = "f-" + name + "-" + Html.escape(group.id().value());
            choices.append("<div class=\"check\"><label for=\"").append(id).append("\"><input type=\"radio\" id=\"")
                    .append(id).append("\" name=\"").append(name).append("\" value=\"").append(Html.escape(group.id().value()))
                    .append("\"").append(first ? " required" : "").append("><span><strong>")
                    .append(Html.escape(group.title())).append("</strong><br>")
                    .append(CoursePages.firstSession(group).replace("<p>", "").replace("</p>\n", ""))
                    .append("</span></label></div>\n");
            first = false;
        }
        return "<form method=\"post\" action=\"" + Html.escape(basePath + PICK_ACTION) + "\">\n" + hidden(v.session())
                + "<fieldset id=\"f-" + name + "\"" + (error.isEmpty() ? "" : " aria-describedby=\"e-" + name + "\"")
                + "><legend>Groups not placed yet</legend>\n" + error + choices + "</fieldset>\n"
                + "<button type=\"submit\">Place this group</button>\n</form>";
    }

    private static String hidden(ActiveDeepLink session) {
        return "<input type=\"hidden\" name=\"" + SESSION_FIELD + "\" value=\"" + Html.escape(session.token()) + "\">\n"
                + "<input type=\"hidden\" name=\"" + CoursePages.CSRF_FIELD + "\" value=\"" + Html.escape(session.csrfToken())
                + "\">\n";
    }
}
