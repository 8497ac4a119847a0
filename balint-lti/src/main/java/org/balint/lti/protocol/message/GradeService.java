package org.balint.lti.protocol.message;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Assignment and Grade Services endpoints the platform offers for this launch
 * ({@code https://purl.imsglobal.org/spec/lti-ags/claim/endpoint}).
 *
 * @param lineItems the line-item container of the context, if offered
 * @param lineItem  the single line item tied to this resource link, if any
 * @param scopes    the scopes the tool may request, e.g. {@code .../lti-ags/scope/score}
 */
public record GradeService(Optional<URI> lineItems, Optional<URI> lineItem, Set<String> scopes) {

    /** The scope needed to post scores. */
    public static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    /** Validates the arguments and copies the scope set. */
    public GradeService {
        Objects.requireNonNull(lineItems, "lineItems");
        Objects.requireNonNull(lineItem, "lineItem");
        scopes = Set.copyOf(Objects.requireNonNull(scopes, "scopes"));
    }

    /** True if the platform lets the tool post scores. */
    public boolean canPostScores() {
        return scopes.contains(SCORE_SCOPE);
    }
}
