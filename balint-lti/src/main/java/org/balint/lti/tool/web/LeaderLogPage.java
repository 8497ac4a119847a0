package org.balint.lti.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.balint.core.group.MemberId;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.leaderlog.EntryRequest;
import org.balint.lti.tool.leaderlog.LeaderLogs;
import org.balint.lti.tool.session.LaunchSession;

/**
 * The leaders' "My leader log" page ({@code lti/page/log}): the leader's own log, identified by the Balint
 * person of their launch, with its forms and their progress on the credentialing pathway (see
 * {@link LeaderLogPages}). Nobody sees another leader's log.
 */
@ApplicationScoped
public class LeaderLogPage implements GroupPage {

    /** The page's name in its address. */
    static final String NAME = "log";

    @Inject
    Instance<LeaderLogs> logs;

    @Inject
    Instance<CourseServices> courses;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String label() {
        return "My leader log";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public boolean isFor(LaunchSession session) {
        return session.isLeader();
    }

    @Override
    public String render(PageRequest request) {
        return content(request, Optional.empty(), List.of());
    }

    /** The page's content, with the refused {@code posted} entry and its {@code violations} shown in its form. */
    String content(PageRequest request, Optional<EntryRequest> posted, List<FieldViolation> violations) {
        Optional<MemberId> leader = leader(request.active().session());
        if (request.group().isEmpty() || leader.isEmpty() || !logs.isResolvable()) {
            return LeadingPages.noGroup("My leader log");
        }
        return logs.get().overview(request.tenant(), request.group().get(), leader.get())
                .map(overview -> LeaderLogPages.render(overview, GroupPages.hidden(request.active()), request.basePath(), posted,
                        violations))
                .orElseGet(() -> LeadingPages.noGroup("My leader log"));
    }

    /** The Balint person of the launch. */
    Optional<MemberId> leader(LaunchSession session) {
        return courses.isResolvable() ? LeadingPages.person(courses.get().users(), session) : Optional.empty();
    }
}
