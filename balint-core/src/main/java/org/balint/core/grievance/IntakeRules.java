package org.balint.core.grievance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Violation;

/**
 * What a grievance needs to be received: someone independent to handle it (a configured committee
 * chair, or the deputy when the chair files it) and a text that says what it is about, within bounds.
 */
final class IntakeRules {

    static final int MAX_TEXT_LENGTH = 5000;

    private IntakeRules() {
    }

    static List<Violation> check(GrievanceFiling filing, GrievanceRouting routing) {
        return check(filing, routing, Set.of());
    }

    static List<Violation> check(GrievanceFiling filing, GrievanceRouting routing, Set<MemberId> faculty) {
        var violations = new ArrayList<Violation>();
        if (routing.chair().isEmpty()) {
            violations.add(Violation.of("no-committee-chair", "no grievance committee chair is configured, so"
                    + " nobody could receive this grievance; ask the program coordinator to name a chair"));
        } else if (routing.handlerFor(filing.complainant(), faculty).isEmpty()) {
            var chair = routing.chair().orElseThrow();
            violations.add(Violation.of("no-independent-chair", chair.equals(filing.complainant())
                    ? chair + " chairs the grievance committee and cannot handle their own grievance; ask the"
                            + " program coordinator to name a deputy chair"
                    : "the committee chair" + routing.deputyChair().map(d -> " and the deputy chair").orElse("")
                            + " lead group " + filing.group() + " or filed this grievance, so nobody independent"
                            + " could handle it; ask the program coordinator to name a deputy chair who does not"
                            + " lead this group"));
        }
        if (filing.text().isEmpty()) {
            violations.add(Violation.of("blank-grievance", "describe the concern so the committee chair can act on it"));
        } else if (filing.text().length() > MAX_TEXT_LENGTH) {
            violations.add(Violation.of("grievance-too-long", "the grievance is " + filing.text().length()
                    + " characters; shorten it to at most " + MAX_TEXT_LENGTH));
        }
        return violations;
    }
}
