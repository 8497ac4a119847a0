package org.balint.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.evaluation.EvaluationFixtures.AFTER_THE_LAST_SESSION;
import static org.balint.core.evaluation.EvaluationFixtures.RESIDENTS_GROUP;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.balint.core.group.MemberId;

class EvaluationReportPropertiesTest {

    private final EvaluationForm form = EvaluationFixtures.threeObjectiveForm();
    private final RatingScale scale = RatingScale.ability();

    @Property(tries = 200)
    @Label("report means lie within the rating scale and changes within its span")
    void meansWithinScale(@ForAll("evaluations") List<Evaluation> evaluations) {
        var report = EvaluationReport.compile(form, roster(evaluations, 0), evaluations, new ReportingThreshold(1));

        if (report instanceof EvaluationReport.Published published) {
            for (var summary : published.objectives()) {
                assertThat(summary.meanBefore()).isBetween((double) scale.lowest(), (double) scale.highest());
                assertThat(summary.meanAfter()).isBetween((double) scale.lowest(), (double) scale.highest());
                assertThat(Math.abs(summary.change())).isLessThanOrEqualTo(scale.highest() - scale.lowest());
            }
        }
    }

    @Property(tries = 200)
    @Label("the response rate lies between 0 and 1, whatever the roster")
    void responseRateBetweenZeroAndOne(@ForAll("evaluations") List<Evaluation> evaluations,
            @ForAll @IntRange(min = 0, max = 6) int absentMembers, @ForAll @IntRange(min = 0, max = 5) int leftGroup) {
        var roster = new ArrayList<>(roster(evaluations, absentMembers));
        Collections.sort(roster);
        var shrunk = new HashSet<>(roster.subList(Math.min(leftGroup, roster.size()), roster.size()));

        var report = EvaluationReport.compile(form, shrunk, evaluations, ReportingThreshold.standard());

        assertThat(report.responseRate()).isBetween(0.0, 1.0);
        assertThat(report.responses()).isLessThanOrEqualTo(report.members());
    }

    @Property(tries = 200)
    @Label("the report does not depend on the order evaluations were submitted in")
    void independentOfOrder(@ForAll("evaluations") List<Evaluation> evaluations, @ForAll long seed) {
        var shuffled = new ArrayList<>(evaluations);
        Collections.shuffle(shuffled, new Random(seed));
        var roster = roster(evaluations, 2);

        assertThat(EvaluationReport.compile(form, roster, shuffled, ReportingThreshold.standard()))
                .isEqualTo(EvaluationReport.compile(form, roster, evaluations, ReportingThreshold.standard()));
    }

    @Property(tries = 200)
    @Label("figures are published exactly when the complete evaluations reach the threshold")
    void publishedExactlyAtThreshold(@ForAll("evaluations") List<Evaluation> evaluations,
            @ForAll @IntRange(min = 1, max = 8) int threshold) {
        long complete = evaluations.stream().filter(Evaluation::isComplete).count();

        var report = EvaluationReport.compile(form, roster(evaluations, 0), evaluations, new ReportingThreshold(threshold));

        assertThat(report.responses()).isEqualTo((int) complete);
        assertThat(report instanceof EvaluationReport.Published).isEqualTo(complete >= threshold);
    }

    @Provide
    Arbitrary<List<Evaluation>> evaluations() {
        Arbitrary<OptionalInt> rating = Arbitraries.integers().between(1, 5).map(OptionalInt::of)
                .injectNull(0.1).map(r -> r == null ? OptionalInt.empty() : r);
        Arbitrary<List<OptionalInt>> sixRatings = rating.list().ofSize(6);
        return sixRatings.list().ofMaxSize(10).map(all -> {
            var evaluations = new ArrayList<Evaluation>();
            for (int m = 0; m < all.size(); m++) {
                var ratings = new ArrayList<ObjectiveRating>();
                for (var objective : form.objectives()) {
                    int i = objective.number() - 1;
                    ratings.add(new ObjectiveRating(objective, all.get(m).get(2 * i), all.get(m).get(2 * i + 1)));
                }
                evaluations.add(new Evaluation(RESIDENTS_GROUP, new MemberId("member-" + m), ratings, "",
                        AFTER_THE_LAST_SESSION));
            }
            return evaluations;
        });
    }

    /** The evaluating members plus {@code absentMembers} who did not evaluate. */
    private static Set<MemberId> roster(List<Evaluation> evaluations, int absentMembers) {
        var roster = new HashSet<MemberId>();
        evaluations.forEach(e -> roster.add(e.member()));
        for (int i = 0; i < absentMembers; i++) {
            roster.add(new MemberId("absent-" + i));
        }
        return roster;
    }
}
