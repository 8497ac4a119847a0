package org.balint.lti.tool.web;

import org.balint.lti.tool.session.LaunchSession;

/**
 * One of the group pages a launch leads to (the member's schedule, the leader's attendance, the
 * administrator's platform…), listed in the navigation at the top of each of them and opened by a form
 * post to {@code lti/page/{name}} that carries the launch session. Each page is an application-scoped
 * bean; {@link GroupPages} finds them, checks who may open them and puts the navigation around them.
 */
public interface GroupPage {

    /** The page's address below {@code lti/page/}: lower-case letters and hyphens, e.g. {@code attendance}. */
    String name();

    /** The page's name in the navigation and its title, e.g. {@code Attendance}. */
    String label();

    /** The page's place in the navigation: lower first ({@code home} is 0). */
    int order();

    /** Whether the person of {@code session} may open the page; the navigation lists only those pages. */
    boolean isFor(LaunchSession session);

    /**
     * The page's content below the navigation and the notice: HTML in which every text from a platform or a
     * person is escaped, and every form carries {@link CoursePages#hidden} and posts below
     * {@link PageRequest#basePath()}.
     */
    String render(PageRequest request);
}
