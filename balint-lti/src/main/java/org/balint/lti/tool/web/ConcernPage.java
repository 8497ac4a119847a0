package org.balint.lti.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.grievance.ProgramGrievances;
import org.balint.lti.tool.session.LaunchSession;

/** A member's page: the concern form that reaches the grievance committee chair, and their concerns. */
@ApplicationScoped
public class ConcernPage implements GroupPage {

    /** The page's name. */
    static final String NAME = "concern";

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
        return "Raise a concern";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public boolean isFor(LaunchSession session) {
        return session.roles().contains(BalintRole.MEMBER) && session.group().isPresent();
    }

    @Override
    public String render(PageRequest request) {
        Optional<ProgramGrievances.MemberConcerns> view = people.memberOf(request.active())
                .flatMap(member -> grievances.forMember(request.tenant(), request.group().orElseThrow(), member));
        return view.map(v -> ConcernPages.member(v, request.basePath(), GroupPages.hidden(request.active()), "", false,
                List.of(), Optional.empty())).orElse(PagePeople.GONE);
    }
}
