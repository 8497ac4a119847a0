package org.balint.lti.tool.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.lti.tool.platform.Accreditation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A platform's accreditation statements: the provider and, per kind of credit, the statements in print order. */
@Schema(name = "Accreditation", description = "The provider and the statements each kind of credit's certificate "
        + "prints. Kinds: AAFP_PRESCRIBED, APA_CE, SERIES_COMPLETION, CERTIFICATE_OF_ATTENDANCE.")
public record AccreditationView(
        @Schema(description = "The provider, as the accreditors know it (at most 300 characters).") String providerName,
        @Schema(description = "Per kind of credit, the statements in print order (each at most 4000 characters, "
                + "at most 10 per kind).") Map<String, List<String>> statements,
        @Schema(description = "When it was last saved (ISO-8601 UTC).") Optional<String> updatedAt) {

    /** The view of {@code accreditation}. */
    static AccreditationView of(Accreditation accreditation) {
        Map<String, List<String>> statements = new LinkedHashMap<>();
        accreditation.statements().statements().forEach((type, lines) -> statements.put(type.name(), lines));
        return new AccreditationView(accreditation.provider().name(), statements,
                accreditation.updatedAt().map(Object::toString));
    }
}
