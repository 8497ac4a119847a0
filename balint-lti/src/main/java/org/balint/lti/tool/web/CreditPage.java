package org.balint.lti.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.balint.lti.tool.gradebook.LeaderCredit;
import org.balint.lti.tool.session.LaunchSession;

/**
 * The leaders' "Credit" page ({@code lti/page/credit}): each member's credit decision and where their
 * result stands on its way to the LMS gradebook, with "Record credit decisions" and "Send again" (see
 * {@link CreditSection}).
 */
@ApplicationScoped
public class CreditPage implements GroupPage {

    /** The page's name in its address. */
    static final String NAME = "credit";

    private static final System.Logger LOG = System.getLogger(CreditPage.class.getName());

    @Inject
    Instance<LeaderCredit> credit;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String label() {
        return "Credit";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public boolean isFor(LaunchSession session) {
        return session.isLeader();
    }

    @Override
    public String render(PageRequest request) {
        if (request.group().isEmpty() || !credit.isResolvable()) {
            return LeadingPages.noGroup("Credit and the gradebook");
        }
        try {
            return credit.get().overview(request.tenant(), request.group().get())
                    .map(overview -> CreditSection.page(overview, request.active(), request.basePath(), Optional.empty()))
                    .orElseGet(() -> LeadingPages.noGroup("Credit and the gradebook"));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The credit page could not be shown: " + e.getMessage());
            return "<h1>Credit and the gradebook</h1>\n<p class=\"error\">The group's credit cannot be shown at the moment; "
                    + "open this page again in a few minutes, and tell the administrator if it keeps happening.</p>";
        }
    }
}
