package org.balint.lti.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.balint.lti.tool.members.GroupRoster;
import org.balint.lti.tool.session.LaunchSession;

/**
 * The leaders' "Members" page ({@code lti/page/members}): the faculty-review queue, the waitlist, every
 * registration with its standing and screening, and the last roster sync (see {@link MembersPages}).
 */
@ApplicationScoped
public class MembersPage implements GroupPage {

    /** The page's name in its address. */
    static final String NAME = "members";

    @Inject
    Instance<GroupRoster> roster;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String label() {
        return "Members";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean isFor(LaunchSession session) {
        return session.isLeader();
    }

    @Override
    public String render(PageRequest request) {
        return content(request, Optional.empty());
    }

    /** The page's content, with {@code refusal} shown at its registrant. */
    String content(PageRequest request, Optional<MembersPages.Refusal> refusal) {
        if (request.group().isEmpty() || !roster.isResolvable()) {
            return LeadingPages.noGroup("Members");
        }
        return roster.get().overview(request.tenant(), request.group().get(), request.active().session().course())
                .map(overview -> MembersPages.render(overview, GroupPages.hidden(request.active()), request.basePath(), refusal))
                .orElseGet(() -> LeadingPages.noGroup("Members"));
    }
}
