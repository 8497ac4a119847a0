package org.balint.lti.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.balint.lti.tool.course.LaunchView;
import org.balint.lti.tool.session.ActiveSession;

/**
 * The navigation above a home page, and the sections a leader's home page shows below the group's schedule.
 * The group's credit and its way to the gradebook has a page of its own ({@link CreditPage}), as have the
 * members and the review queue ({@link MembersPage}) and the leader's log ({@link LeaderLogPage}); the home
 * page keeps the schedule and the roster sync.
 */
@ApplicationScoped
public class LeaderPageSections {

    @Inject
    Instance<GroupPages> pages;

    /** The navigation of the group pages on {@code active}'s home; empty when the person has one page only. */
    String navigation(ActiveSession active, String basePath) {
        return pages.isResolvable() ? pages.get().navigation(active, basePath, HomePage.NAME) : "";
    }

    /** The HTML of the sections below {@code home}; {@code basePath} is where the forms post below. */
    String render(LaunchView.LeaderHome home, String basePath) {
        return "";
    }
}
