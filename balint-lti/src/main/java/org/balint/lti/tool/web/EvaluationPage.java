package org.balint.lti.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.evaluation.MemberEvaluation;
import org.balint.lti.tool.evaluation.SeriesEvaluations;
import org.balint.lti.tool.session.LaunchSession;

/** A member's page: the group's evaluation form with their own answers. */
@ApplicationScoped
public class EvaluationPage implements GroupPage {

    /** The page's name. */
    static final String NAME = "evaluation";

    @Inject
    SeriesEvaluations evaluations;

    @Inject
    PagePeople people;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String label() {
        return "Evaluation";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public boolean isFor(LaunchSession session) {
        return session.roles().contains(BalintRole.MEMBER) && session.group().isPresent();
    }

    @Override
    public String render(PageRequest request) {
        Optional<MemberEvaluation> view = people.memberOf(request.active())
                .flatMap(member -> evaluations.forMember(request.tenant(), request.group().orElseThrow(), member));
        return view.map(v -> EvaluationPages.member(v, request.basePath(), GroupPages.hidden(request.active()),
                EvaluationPages.answersOf(v.own()), List.of(), Optional.empty())).orElse(PagePeople.GONE);
    }
}
