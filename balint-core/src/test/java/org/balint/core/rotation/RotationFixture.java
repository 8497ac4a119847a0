package org.balint.core.rotation;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;

/** Groups and plans in domain language for rotation tests. */
final class RotationFixture {

    static final List<String> SURNAMES = List.of("Ames", "Baker", "Chen", "Diaz", "Evans", "Fox", "Garcia",
            "Hughes", "Ito", "Jones", "Khan", "Lopez", "Moore", "Nash");

    private RotationFixture() {
    }

    static MemberId id(String name) {
        return new MemberId(name.toLowerCase(java.util.Locale.ROOT));
    }

    static SessionNumber session(int n) {
        return SessionNumber.of(n);
    }

    /** A group whose members are the first {@code size} surnames, in that roster order. */
    static RotationRequest.Builder aGroupOf(int size, int sessions) {
        var builder = RotationRequest.forSessions(sessions);
        SURNAMES.subList(0, size).forEach(name -> builder.member(id(name), name));
        return builder;
    }

    static RotationRequest valid(RotationRequest.Builder builder) {
        return builder.build().orElseThrow();
    }

    static RotationOutcome.Planned planned(RotationOutcome outcome) {
        if (outcome instanceof RotationOutcome.Planned planned) {
            return planned;
        }
        throw new AssertionError("expected a plan but got " + outcome);
    }

    static RotationOutcome.Blocked blocked(RotationOutcome outcome) {
        if (outcome instanceof RotationOutcome.Blocked blocked) {
            return blocked;
        }
        throw new AssertionError("expected conflicts but got " + outcome);
    }

    /** The plan as "1: ames baker | 2: chen ..." for readable assertions. */
    static String render(RotationPlan plan) {
        return IntStream.rangeClosed(1, plan.sessionCount())
                .mapToObj(n -> n + ":" + plan.presentersIn(session(n)).stream().map(MemberId::value)
                        .map(v -> " " + v).collect(Collectors.joining()))
                .collect(Collectors.joining(" |"));
    }

    /** Records the plan's presenters of sessions 1 to {@code through} as held. */
    static RotationRequest.Builder holdAsPlanned(RotationRequest.Builder builder, RotationPlan plan, int through) {
        for (int n = 1; n <= through; n++) {
            builder.held(session(n), plan.presentersIn(session(n)));
        }
        return builder.currentPlan(plan);
    }
}
