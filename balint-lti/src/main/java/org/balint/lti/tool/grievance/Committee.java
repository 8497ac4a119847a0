package org.balint.lti.tool.grievance;

import java.util.Objects;
import java.util.Optional;
import org.balint.core.grievance.GrievanceRouting;
import org.balint.core.group.MemberId;

/**
 * One platform's grievance committee as the tool knows it: the chair and the deputy chair, each possibly
 * not named yet.
 *
 * @param chair  the committee chair
 * @param deputy the deputy chair
 */
public record Committee(Optional<Seated> chair, Optional<Seated> deputy) {

    /** Validates the parts. */
    public Committee {
        Objects.requireNonNull(chair, "chair");
        Objects.requireNonNull(deputy, "deputy");
    }

    /** The core's routing: grievances go to the chair, or to the deputy when the chair cannot handle them. */
    public GrievanceRouting routing() {
        var routing = GrievanceRouting.of(chair.map(Seated::member), deputy.map(Seated::member));
        if (routing.isValid()) {
            return routing.orElseThrow();
        }
        // A deputy without a chair routes nothing; the chair alone still receives.
        return chair.map(c -> GrievanceRouting.toChair(c.member())).orElse(GrievanceRouting.unconfigured());
    }

    /** Who holds {@code seat}. */
    public Optional<Seated> holder(CommitteeSeat seat) {
        return seat == CommitteeSeat.CHAIR ? chair : deputy;
    }

    /** The seat {@code member} holds, if any. */
    public Optional<CommitteeSeat> seatOf(MemberId member) {
        if (chair.filter(c -> c.member().equals(member)).isPresent()) {
            return Optional.of(CommitteeSeat.CHAIR);
        }
        return deputy.filter(d -> d.member().equals(member)).map(d -> CommitteeSeat.DEPUTY);
    }

    /** The name of {@code member} if they hold a seat. */
    public Optional<String> nameOf(MemberId member) {
        return chair.filter(c -> c.member().equals(member)).or(() -> deputy.filter(d -> d.member().equals(member)))
                .map(Seated::name);
    }
}
