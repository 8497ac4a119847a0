package org.balint.core.grievance;

import java.util.ArrayList;
import java.util.List;
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
        var violations = new ArrayList<Violation>();
        if (routing.chair().isEmpty()) {
            violations.add(Violation.of("no-committee-chair", "no grievance committee chair is configured, so"
                    + " nobody could receive this grievance; ask the program coordinator to name a chair"));
        } else if (routing.handlerFor(filing.complainant()).isEmpty()) {
            violations.add(Violation.of("no-independent-chair", filing.complainant() + " chairs the grievance"
                    + " committee and cannot handle their own grievance; ask the program coordinator to name a"
                    + " deputy chair"));
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
