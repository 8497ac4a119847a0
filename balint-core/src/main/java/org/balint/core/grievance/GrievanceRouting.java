package org.balint.core.grievance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * Who handles grievances: the program's grievance committee chair, and optionally a deputy who handles
 * grievances filed by the chair. This is configuration; with no chair configured, grievances cannot be
 * received and intake says so.
 */
public record GrievanceRouting(Optional<MemberId> chair, Optional<MemberId> deputyChair) {

    public GrievanceRouting {
        Objects.requireNonNull(chair, "chair");
        Objects.requireNonNull(deputyChair, "deputyChair");
        var violations = check(chair, deputyChair);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.toString());
        }
    }

    /** No committee chair configured yet: every grievance is refused until one is. */
    public static GrievanceRouting unconfigured() {
        return new GrievanceRouting(Optional.empty(), Optional.empty());
    }

    /** Grievances go to {@code chair}. */
    public static GrievanceRouting toChair(MemberId chair) {
        return new GrievanceRouting(Optional.of(chair), Optional.empty());
    }

    /**
     * Routing to the given chair and deputy, or every reason the configuration cannot be used (a
     * deputy without a chair, or a deputy who is the chair).
     */
    public static Validated<GrievanceRouting> of(Optional<MemberId> chair, Optional<MemberId> deputyChair) {
        return Validated.of(check(chair, deputyChair), () -> new GrievanceRouting(chair, deputyChair));
    }

    /** This routing with {@code deputy} handling grievances the chair files. */
    public GrievanceRouting withDeputy(MemberId deputy) {
        return new GrievanceRouting(chair, Optional.of(deputy));
    }

    /**
     * Who handles a grievance filed by {@code complainant}: the chair, or the deputy when the chair
     * files it; empty when nobody independent is configured.
     */
    public Optional<MemberId> handlerFor(MemberId complainant) {
        return handlerFor(complainant, Set.of());
    }

    /**
     * Who handles a grievance filed by {@code complainant} about a group led by {@code faculty}: the chair
     * unless they filed it or lead the group, else the deputy unless they filed it or lead the group; empty
     * when nobody independent is configured. Nobody handles a grievance that may be about themselves.
     */
    public Optional<MemberId> handlerFor(MemberId complainant, Set<MemberId> faculty) {
        Objects.requireNonNull(complainant, "complainant");
        Objects.requireNonNull(faculty, "faculty");
        if (chair.isEmpty()) {
            return Optional.empty();
        }
        return chair.filter(c -> independent(c, complainant, faculty))
                .or(() -> deputyChair.filter(d -> independent(d, complainant, faculty)));
    }

    private static boolean independent(MemberId handler, MemberId complainant, Set<MemberId> faculty) {
        return !handler.equals(complainant) && !faculty.contains(handler);
    }

    private static List<Violation> check(Optional<MemberId> chair, Optional<MemberId> deputyChair) {
        var violations = new ArrayList<Violation>();
        if (deputyChair.isPresent() && chair.isEmpty()) {
            violations.add(Violation.of("deputy-without-chair",
                    "a deputy chair is configured but no committee chair; name the chair first"));
        }
        if (deputyChair.isPresent() && deputyChair.equals(chair)) {
            violations.add(Violation.of("deputy-is-chair", deputyChair.orElseThrow()
                    + " is named both chair and deputy chair; the deputy must be someone else"));
        }
        return violations;
    }
}
