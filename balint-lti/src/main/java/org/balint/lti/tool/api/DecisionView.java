package org.balint.lti.tool.api;

import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a faculty decision did.
 *
 * @param registration the registration as it now stands
 * @param promoted     names of anyone promoted from the waitlist by it
 * @param summary      one sentence saying what happened
 */
@Schema(name = "FacultyDecisionResult", description = "The registration after the decision.")
public record DecisionView(RegistrationView registration, List<String> promoted, String summary) {

    /** Validates and copies the parts. */
    public DecisionView {
        Objects.requireNonNull(registration, "registration");
        promoted = List.copyOf(promoted);
        Objects.requireNonNull(summary, "summary");
    }
}
