package org.balint.lti.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.balint.lti.tool.course.LaunchView;
import org.balint.lti.tool.course.Tenancy;
import org.balint.lti.tool.gradebook.LeaderCredit;
import org.balint.lti.tool.session.ActiveSession;

/**
 * The navigation above a home page, and the sections a leader's home page shows below the group's schedule, each worked out by its own
 * service: today the group's credit and its way to the gradebook ({@link CreditSection}). A section whose
 * service is not configured, or fails, is left out: the home page is shown all the same.
 */
@ApplicationScoped
public class LeaderPageSections {

    private static final System.Logger LOG = System.getLogger(LeaderPageSections.class.getName());

    @Inject
    Instance<LeaderCredit> credit;

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
        return creditSection(home.session(), basePath, Optional.empty());
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

    /** The credit section for {@code active}'s group, with {@code notice} at its top; empty when unavailable. */
    String creditSection(ActiveSession active, String basePath, Optional<String> notice) {
        if (!credit.isResolvable() || active.session().group().isEmpty()) {
            return "";
        }
        try {
            return credit.get().overview(Tenancy.of(active.session().course().deployment()), active.session().group().get())
                    .map(overview -> CreditSection.render(overview, active, basePath, notice))
                    .orElse("");
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The credit section of a leader's page could not be shown: " + e.getMessage());
            return "<section aria-labelledby=\"credit\"><h2 id=\"credit\">Credit</h2>\n<p class=\"error\">The group's "
                    + "credit cannot be shown at the moment; open the activity again in a few minutes.</p></section>";
        }
    }
}
