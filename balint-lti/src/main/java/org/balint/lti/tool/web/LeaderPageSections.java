package org.balint.lti.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.balint.lti.tool.course.LaunchView;
import org.balint.lti.tool.session.ActiveSession;

/**
 * What the home pages show beyond the launch's own view: the navigation above them, and an accepted
 * member's home ({@link MemberHomePage}) in place of their registration page. The group's credit and its
 * way to the gradebook has a page of its own ({@link CreditPage}), as have the members and the review
 * queue ({@link MembersPage}) and the leader's log ({@link LeaderLogPage}); the leader's home keeps the
 * schedule, the documents and the roster sync.
 */
@ApplicationScoped
public class LeaderPageSections {

    private static final System.Logger LOG = System.getLogger(LeaderPageSections.class.getName());

    @Inject
    Instance<MemberHomePage> memberHome;

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

    /**
     * An accepted member's home page in place of their registration page; empty when it cannot be shown
     * (then the registration page with the documents is shown, as before).
     */
    Optional<String> memberHome(LaunchView.RegistrationState state, String basePath) {
        if (!memberHome.isResolvable()) {
            return Optional.empty();
        }
        try {
            return memberHome.get().render(state.session(), state.group().id(), state.registration().registrantId(),
                    basePath, Optional.empty(), Optional.empty());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "A member's home page could not be shown: " + e.getMessage());
            return Optional.empty();
        }
    }
}
