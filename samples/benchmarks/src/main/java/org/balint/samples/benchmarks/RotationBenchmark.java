package org.balint.samples.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;
import org.balint.core.rotation.ProposedPlan;
import org.balint.core.rotation.RotationOutcome;
import org.balint.core.rotation.RotationPlanner;
import org.balint.core.rotation.RotationRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Planning and re-planning the case rotation of a twelve-member group over eight sessions with two
 * cases per session. The re-plan happens after session 2, with three absences: one presenter missed
 * session 2, and two planned presenters declared they cannot come to sessions 4 and 6.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RotationBenchmark {

    private static final List<String> MEMBERS = List.of("Ames", "Baker", "Chen", "Diaz", "Evans", "Fox",
            "Garcia", "Hughes", "Ito", "Jones", "Khan", "Lopez");

    private final RotationPlanner planner = new RotationPlanner();
    private RotationRequest firstPlan;
    private RotationRequest replan;

    @Setup
    public void describeTheGroup() {
        var request = RotationRequest.forSessions(8).casesPerSession(2);
        for (String name : MEMBERS) {
            request.member(new MemberId(name.toLowerCase(Locale.ROOT)), name);
        }
        firstPlan = request.build().orElseThrow();
        ProposedPlan plan = planner.plan(firstPlan).proposedPlan().orElseThrow();

        var secondSession = new ArrayList<>(plan.presentersIn(SessionNumber.of(2)));
        secondSession.remove(0);
        replan = firstPlan.toBuilder().currentPlan(plan)
                .held(SessionNumber.of(1), plan.presentersIn(SessionNumber.of(1)))
                .held(SessionNumber.of(2), secondSession)
                .unavailable(plan.presentersIn(SessionNumber.of(4)).get(0), SessionNumber.of(4))
                .unavailable(plan.presentersIn(SessionNumber.of(6)).get(1), SessionNumber.of(6))
                .build().orElseThrow();
        if (!(planner.plan(replan) instanceof RotationOutcome.Planned)) {
            throw new IllegalStateException("the re-plan scenario must have a plan in which everyone presents");
        }
    }

    @Benchmark
    public RotationOutcome planTheSeries() {
        return planner.plan(firstPlan);
    }

    @Benchmark
    public RotationOutcome replanAfterThreeAbsences() {
        return planner.plan(replan);
    }
}
