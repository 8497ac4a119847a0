package org.balint.lti.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.balint.lti.tool.evaluation.LeaderEvaluations;
import org.balint.lti.tool.evaluation.SeriesEvaluations;
import org.balint.lti.tool.session.LaunchSession;

/** The leaders' page: the group's evaluation summary and its learning objectives. */
@ApplicationScoped
public class EvaluationsPage implements GroupPage {

    /** The page's name. */
    static final String NAME = "evaluations";

    @Inject
    SeriesEvaluations evaluations;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String label() {
        return "Evaluation summary";
    }

    @Override
    public int order() {
        return 75;
    }

    @Override
    public boolean isFor(LaunchSession session) {
        return session.isLeader() && session.group().isPresent();
    }

    @Override
    public String render(PageRequest request) {
        Optional<LeaderEvaluations> view = evaluations.forFaculty(request.tenant(), request.group().orElseThrow());
        return view.map(v -> EvaluationPages.faculty(v, request.basePath(), GroupPages.hidden(request.active()),
                EvaluationPages.objectivesText(v.form()), List.of(), Optional.empty())).orElse(PagePeople.GONE);
    }
}
