package org.balint.core.grievance;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;

/** A program with a grievance committee chair and a deputy, and the people who file grievances. */
final class GrievanceFixtures {

    static final GroupId NURSES_GROUP = new GroupId("nurse-practitioners-autumn");
    static final GroupId RESIDENTS_GROUP = new GroupId("family-medicine-residents-spring");
    static final MemberId CHAIR = new MemberId("dr-okafor");
    static final MemberId DEPUTY = new MemberId("dr-lindqvist");
    static final MemberId PRIYA = new MemberId("priya");
    static final MemberId TOMAS = new MemberId("tomas");
    static final String CONCERN = "The leader repeatedly ended sessions 30 minutes early, so our CE hours fell short.";

    static final Instant FILED = Instant.parse("2026-10-05T09:00:00Z");
    static final Instant NEXT_DAY = Instant.parse("2026-10-06T14:30:00Z");
    static final Instant A_WEEK_LATER = Instant.parse("2026-10-12T16:00:00Z");

    /** Grievances go to the chair, and to the deputy when the chair files one. */
    static final GrievanceRouting CHAIR_WITH_DEPUTY = GrievanceRouting.toChair(CHAIR).withDeputy(DEPUTY);

    private GrievanceFixtures() {
    }

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    static GrievanceFiling named(MemberId complainant) {
        return new GrievanceFiling(complainant, NURSES_GROUP, CONCERN, Disclosure.NAMED);
    }

    static GrievanceFiling anonymousTowardFaculty(MemberId complainant) {
        return new GrievanceFiling(complainant, NURSES_GROUP, CONCERN, Disclosure.ANONYMOUS_TO_FACULTY);
    }
}
