package org.balint.core.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.balint.core.group.MemberId;

/** Counts responses and averages their ratings; withholds figures below the threshold. */
final class ReportCompilation {

    private ReportCompilation() {
    }

    static EvaluationReport compile(EvaluationForm form, Set<MemberId> roster, Collection<Evaluation> evaluations,
            ReportingThreshold threshold) {
        var responses = evaluations.stream()
                .filter(e -> e.group().equals(form.group()))
                .filter(e -> roster.contains(e.member()))
                .filter(e -> e.objectives().equals(form.objectives()))
                .filter(Evaluation::isComplete)
                .toList();
        if (responses.size() < threshold.minimumResponses()) {
            return new EvaluationReport.Withheld(form.group(), roster.size(), responses.size(),
                    threshold.minimumResponses());
        }
        var summaries = new ArrayList<ObjectiveSummary>();
        for (int i = 0; i < form.objectives().size(); i++) {
            long before = 0;
            long after = 0;
            for (var response : responses) {
                var rating = response.ratings().get(i);
                before += rating.before().orElseThrow();
                after += rating.after().orElseThrow();
            }
            summaries.add(new ObjectiveSummary(form.objectives().get(i),
                    (double) before / responses.size(), (double) after / responses.size()));
        }
        List<String> comments = responses.stream()
                .filter(Evaluation::hasComments)
                .map(Evaluation::comments)
                .sorted()
                .toList();
        return new EvaluationReport.Published(form.group(), roster.size(), responses.size(), form.scale(),
                summaries, comments);
    }
}
