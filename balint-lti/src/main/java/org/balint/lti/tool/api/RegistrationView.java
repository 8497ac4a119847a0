package org.balint.lti.tool.api;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.registration.Attestation;
import org.balint.lti.tool.members.RosterEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One registration as the group's faculty see it: no clinical detail, only which attestations were
 * given and whether a stressful period was reported.
 *
 * @param registrant              the registrant's member id
 * @param name                    their name
 * @param profession              their profession as given
 * @param standing                accepted, waitlisted, awaiting-faculty-review, later-series-recommended,
 *                                declined-at-screening, withdrawn or left-the-course
 * @param waitlistPosition        their place in line, when waiting
 * @param registeredAt            when they registered (ISO-8601)
 * @param since                   when the registration reached its standing (ISO-8601)
 * @param attestationsGiven       the attestations given
 * @param attestationsMissing     the attestations not given
 * @param stressfulPeriodReported whether they reported an unusually stressful period
 * @param noteToRegistrant        faculty's note, when a later series was recommended
 * @param declineReasons          why screening declined the registration
 */
@Schema(name = "Registration", description = "A registration's standing and screening.")
public record RegistrationView(String registrant, String name, String profession,
        @Schema(examples = "awaiting-faculty-review") String standing, Optional<Integer> waitlistPosition,
        String registeredAt, String since,
        @Schema(examples = "[\"clinically-active\", \"willing-to-present\"]") List<String> attestationsGiven,
        List<String> attestationsMissing, boolean stressfulPeriodReported, Optional<String> noteToRegistrant,
        List<ApiProblem> declineReasons) {

    /** Validates and copies the parts. */
    public RegistrationView {
        Objects.requireNonNull(registrant, "registrant");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(standing, "standing");
        attestationsGiven = List.copyOf(attestationsGiven);
        attestationsMissing = List.copyOf(attestationsMissing);
        declineReasons = List.copyOf(declineReasons);
    }

    static RegistrationView of(RosterEntry entry) {
        return new RegistrationView(entry.registrant().value(), entry.name(), entry.profession(), entry.standing().code(),
                entry.waitlistPosition(), entry.registeredAt().toString(), entry.since().toString(),
                entry.given().stream().map(RegistrationView::code).toList(),
                entry.missing().stream().map(RegistrationView::code).toList(), entry.stressfulPeriodReported(),
                entry.note(), entry.declineReasons().stream().map(v -> new ApiProblem(v.code(), v.message())).toList());
    }

    private static String code(Attestation attestation) {
        return attestation.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
