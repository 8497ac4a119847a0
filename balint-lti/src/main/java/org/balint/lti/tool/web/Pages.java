package org.balint.lti.tool.web;

import java.util.stream.Collectors;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.launch.Welcome;

/** The HTML pages of the launch: the welcome and the refusal. Every text from a platform is escaped. */
final class Pages {

    private Pages() {
    }

    /** The page an accepted launch of a person with a Balint role lands on. */
    static String welcome(Welcome welcome) {
        String name = welcome.name().map(Html::escape).orElse("there");
        String group = welcome.groupTitle().map(t -> "<q>" + Html.escape(t) + "</q>").orElse("this Balint group");
        String course = welcome.courseTitle().map(t -> " in <q>" + Html.escape(t) + "</q>").orElse("");
        String role = welcome.role().map(r -> sentence(r, group, course)).orElseThrow();
        String all = welcome.allRoles().stream().map(BalintRole::title).collect(Collectors.joining(", "));
        return Html.page("Balint: welcome", "<h1>Welcome, " + name + "</h1>\n<p>" + role + "</p>\n"
                + "<p class=\"reason\">Your roles here: " + Html.escape(all) + ".</p>");
    }

    private static String sentence(BalintRole role, String group, String course) {
        switch (role) {
            case LEADER:
                return "You lead " + group + course + " as its group leader.";
            case MEMBER:
                return "You take part in " + group + course + " as a group member.";
            default:
                return "You administer " + group + course + " as an administrator.";
        }
    }

    /** The page of a refused login or launch. */
    static String refusal(String heading, Problem problem) {
        return Html.page("Balint: " + heading, "<h1>" + Html.escape(heading) + "</h1>\n<p>"
                + Html.escape(problem.message()) + "</p>\n<p class=\"reason\">Reason: <code>"
                + Html.escape(problem.code()) + "</code> (HTTP " + problem.status() + ")</p>");
    }
}
