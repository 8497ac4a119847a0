package org.balint.lti.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.balint.core.group.MemberId;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.grievance.ProgramGrievances;
import org.balint.lti.tool.session.LaunchSession;

/** The administrators' page: the platform's grievance committee seats and its queue. */
@ApplicationScoped
public class CommitteePage implements GroupPage {

    /** The page's name. */
    static final String NAME = "committee";

    @Inject
    ProgramGrievances grievances;

    @Inject
    PagePeople people;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String label() {
        return "Grievance committee";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public boolean isFor(LaunchSession session) {
        return session.roles().contains(BalintRole.ADMIN);
    }

    @Override
    public String render(PageRequest request) {
        Optional<MemberId> you = people.memberOf(request.active());
        return you.map(me -> ConcernPages.committee(grievances.committee(request.tenant()),
                grievances.queue(request.tenant(), me), me, request.basePath(), GroupPages.hidden(request.active()),
                Optional.empty(), "", "", List.of(), Optional.empty())).orElse(PagePeople.GONE);
    }
}
