package org.balint.lti.tool.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body that replaces a platform's accreditation statements. Fields may be {@code null}: this is raw JSON. */
@Schema(name = "AccreditationInput", description = "The provider and, per kind of credit, the statements in print "
        + "order; a kind left out has none. Only the accreditors' published wording: never anything about a person.")
public class AccreditationInput {
    /** The provider's name. */
    @Schema(required = true, examples = "Riverside Family Medicine Residency, Office of CME")
    public String providerName;
    /** Per kind of credit (AAFP_PRESCRIBED, APA_CE, SERIES_COMPLETION, CERTIFICATE_OF_ATTENDANCE), the statements. */
    public Map<String, List<String>> statements;
}
