package org.balint.lti.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.balint.lti.tool.session.ActiveSession;
import org.balint.lti.tool.session.LaunchSession;

/**
 * The group pages: finds each {@link GroupPage}, lets only the people it is for open it, and shows it inside
 * the navigation (one small form per page, since the launch session travels in form fields, never in
 * addresses or cookies). Action resources use {@link #show} to show a page again after an action, and
 * {@link #page} to show their own form again with its reasons.
 */
@ApplicationScoped
public class GroupPages {

    /** The reason code of a page name no page has. */
    static final String PAGE_UNKNOWN = "page-unknown";
    /** The reason code of a page opened by someone it is not for. */
    static final String PAGE_NOT_FOR_YOU = "page-not-for-you";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z-]{0,39}");

    @Inject
    Instance<GroupPage> pages;

    /** The pages {@code session}'s person may open, in navigation order. */
    List<GroupPage> pagesFor(LaunchSession session) {
        return all().filter(page -> page.isFor(session))
                .sorted(Comparator.comparingInt(GroupPage::order).thenComparing(GroupPage::name))
                .toList();
    }

    /** The navigation of {@code active}'s pages, {@code current} marked as the page shown. */
    public String navigation(ActiveSession active, String basePath, String current) {
        List<GroupPage> open = pagesFor(active.session());
        if (open.size() < 2) {
            return "";
        }
        StringBuilder html = new StringBuilder("<nav aria-label=\"Group pages\">\n<ul class=\"pages\">\n");
        for (GroupPage page : open) {
            html.append("<li><form method=\"post\" action=\"").append(Html.escape(basePath + "lti/page/" + page.name()))
                    .append("\">").append(CoursePages.hidden(active)).append("<button type=\"submit\"")
                    .append(page.name().equals(current) ? " aria-current=\"page\"" : "").append('>')
                    .append(Html.escape(page.label())).append("</button></form></li>\n");
        }
        return html.append("</ul>\n</nav>\n").toString();
    }

    /**
     * Page {@code name} for {@code active}, with {@code notice} (what the last action did) above it: 404 for a
     * name no page has, 403 for a page not for this person, 503 when the database cannot be reached.
     */
    public Response show(ActiveSession active, String name, String basePath, Optional<String> notice) {
        return answer(showing(active, name, basePath, notice));
    }

    /** {@code content} (an action's own form, with its reasons) shown as page {@code name}, with status {@code status}. */
    public Response page(ActiveSession active, String name, String basePath, int status, String content) {
        return answer(framing(active, name, basePath, status, content));
    }

    /** The two hidden fields every form of the pages carries: the launch session and its CSRF token. */
    public static String hidden(ActiveSession active) {
        return CoursePages.hidden(active);
    }

    /** A page's status and HTML. */
    record Shown(int status, String html) {
    }

    /** What {@link #show} answers. */
    Shown showing(ActiveSession active, String name, String basePath, Optional<String> notice) {
        Optional<GroupPage> found = find(name);
        if (found.isEmpty()) {
            return refusal("This page cannot be shown", new Problem(PAGE_UNKNOWN, 404,
                    "Balint has no such page. Use the links at the top of the page, or open the activity again from your "
                            + "course."));
        }
        GroupPage page = found.get();
        if (!page.isFor(active.session())) {
            return refusal("This page is not for you", new Problem(PAGE_NOT_FOR_YOU, 403, "The page \"" + page.label()
                    + "\" is not for your role in this course (" + roles(active.session()) + "). Use the links at the top of "
                    + "your page; if your role is wrong, ask the course's instructor to change it in the LMS, then open the "
                    + "activity again."));
        }
        return FormGuard.answered(GroupPages::refusal, () -> framed(active, page, basePath, 200,
                noticeHtml(notice) + page.render(PageRequest.of(active, basePath, notice))));
    }

    /** What {@link #page} answers. */
    Shown framing(ActiveSession active, String name, String basePath, int status, String content) {
        GroupPage page = find(name).orElseThrow(() -> new IllegalArgumentException("no group page named " + name));
        return framed(active, page, basePath, status, content);
    }

    private Shown framed(ActiveSession active, GroupPage page, String basePath, int status, String content) {
        return new Shown(status, Html.page("Balint: " + page.label(), navigation(active, basePath, page.name()) + content));
    }

    private static Response answer(Shown shown) {
        return Answers.page(shown.status(), shown.html()).build();
    }

    private Optional<GroupPage> find(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return all().filter(page -> page.name().equals(name)).findFirst();
    }

    /** Every page the application has. */
    Stream<GroupPage> all() {
        return pages.stream();
    }

    private static String noticeHtml(Optional<String> notice) {
        return notice.map(text -> "<p class=\"notice\" role=\"status\">" + Html.escape(text) + "</p>\n").orElse("");
    }

    private static Shown refusal(String heading, Problem problem) {
        return new Shown(problem.status(), Pages.refusal(heading, problem));
    }

    private static String roles(LaunchSession session) {
        return String.join(", ", session.roles().stream().map(role -> role.title()).sorted().toList());
    }
}
