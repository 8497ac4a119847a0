package org.balint.core.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;

/** Groups, rosters and evaluations described the way a coordinator would describe them. */
final class EvaluationFixtures {

    static final GroupId RESIDENTS_GROUP = new GroupId("family-medicine-residents-spring");
    static final Instant AFTER_THE_LAST_SESSION = Instant.parse("2026-06-02T18:00:00Z");
    static final Clock CLOCK = Clock.fixed(AFTER_THE_LAST_SESSION, ZoneOffset.UTC);

    static final MemberId AMARA = new MemberId("amara");
    static final MemberId BEN = new MemberId("ben");
    static final MemberId CHIDI = new MemberId("chidi");
    static final MemberId DANA = new MemberId("dana");
    static final MemberId ELIF = new MemberId("elif");
    static final MemberId FINN = new MemberId("finn");

    /** A group of six members. */
    static final Set<MemberId> GROUP_OF_SIX = Set.of(AMARA, BEN, CHIDI, DANA, ELIF, FINN);

    /** The residents' programme's three objectives. */
    static final List<String> THREE_OBJECTIVES = List.of(
            "Recognise one's own feelings as information about the clinician-patient relationship",
            "Tolerate uncertainty in a difficult relationship without rushing to fix it",
            "Listen to colleagues' cases without offering advice too early");

    private EvaluationFixtures() {
    }

    /** The residents' group form with three objectives on the 1–5 ability scale, never closing. */
    static EvaluationForm threeObjectiveForm() {
        return EvaluationForm.define(RESIDENTS_GROUP, THREE_OBJECTIVES).orElseThrow();
    }

    /** A submission by {@code member} rating every objective of {@code form} before and after. */
    static EvaluationSubmission rated(EvaluationForm form, MemberId member, int[] before, int[] after) {
        var submission = EvaluationSubmission.by(member);
        for (var objective : form.objectives()) {
            submission = submission.withBefore(objective, before[objective.number() - 1])
                    .withAfter(objective, after[objective.number() - 1]);
        }
        return submission;
    }

    static int[] ratings(int... ratings) {
        return ratings;
    }
}
