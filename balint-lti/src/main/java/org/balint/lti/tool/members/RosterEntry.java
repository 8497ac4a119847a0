package org.balint.lti.tool.members;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.audit.AuditEntry;
import org.balint.core.group.MemberId;
import org.balint.core.registration.Attestation;
import org.balint.core.registration.Registration;
import org.balint.core.validation.Violation;

/**
 * One registration as the group's leader sees it: who, where it stands, and how it was screened.
 * Screening shows which attestations were given and whether the registrant reported an unusually
 * stressful period; nothing else about them, and never any clinical detail.
 *
 * @param registrant      the registrant's Balint id
 * @param name            their name
 * @param profession      their profession as they gave it, e.g. "Physician (family medicine)"
 * @param standing        where the registration stands
 * @param waitlistPosition their place in line (1 is next), when waiting
 * @param registeredAt    when they registered
 * @param since           when the registration reached its current standing
 * @param given           the attestations they gave
 * @param missing         the attestations they did not give (the reasons a screened-out registration was declined)
 * @param stressfulPeriodReported whether they reported an unusually stressful period (what refers to faculty review)
 * @param note            faculty's note to the registrant, when a later series was recommended
 * @param declineReasons  why screening declined the registration; empty otherwise
 */
public record RosterEntry(MemberId registrant, String name, String profession, Standing standing,
        Optional<Integer> waitlistPosition, Instant registeredAt, Instant since, List<Attestation> given,
        List<Attestation> missing, boolean stressfulPeriodReported, Optional<String> note, List<Violation> declineReasons) {

    /** Validates and copies the parts. */
    public RosterEntry {
        Objects.requireNonNull(registrant, "registrant");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(profession, "profession");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(waitlistPosition, "waitlistPosition");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(since, "since");
        given = List.copyOf(given);
        missing = List.copyOf(missing);
        Objects.requireNonNull(note, "note");
        declineReasons = List.copyOf(declineReasons);
    }

    /** Where a registration stands, as the roster shows it. */
    public enum Standing {
        ACCEPTED("accepted", "Accepted"),
        WAITLISTED("waitlisted", "Waitlisted"),
        AWAITING_REVIEW("awaiting-faculty-review", "Awaiting faculty review"),
        LATER_SERIES_RECOMMENDED("later-series-recommended", "Declined: later series recommended"),
        DECLINED_AT_SCREENING("declined-at-screening", "Declined at screening"),
        WITHDRAWN("withdrawn", "Withdrew"),
        LEFT_THE_COURSE("left-the-course", "Left the course");

        private final String code;
        private final String label;

        Standing(String code, String label) {
            this.code = code;
            this.label = label;
        }

        /** The stable code, e.g. {@code awaiting-faculty-review}. */
        public String code() {
            return code;
        }

        /** How the standing reads on the page. */
        public String label() {
            return label;
        }
    }

    /** The entry of {@code registration}, {@code position} being its place on the waitlist if any. */
    static RosterEntry of(Registration registration, Optional<Integer> position) {
        List<AuditEntry> history = registration.history();
        var form = registration.form();
        return new RosterEntry(registration.registrantId(), registration.registrant().name(),
                profession(registration), standing(registration), position, registration.submittedAt(),
                history.get(history.size() - 1).at(),
                java.util.Arrays.stream(Attestation.values()).filter(form.attestations()::contains).toList(),
                form.missingAttestations(), form.unusuallyStressfulPeriod(),
                registration instanceof Registration.DeferralRecommended d ? Optional.of(d.noteToRegistrant())
                        : Optional.empty(),
                registration instanceof Registration.Declined d ? d.reasons() : List.of());
    }

    private static Standing standing(Registration registration) {
        switch (registration.status()) {
            case ACCEPTED:
                return Standing.ACCEPTED;
            case WAITLISTED:
                return Standing.WAITLISTED;
            case REFERRED_TO_FACULTY_REVIEW:
                return Standing.AWAITING_REVIEW;
            case DEFERRAL_RECOMMENDED:
                return Standing.LATER_SERIES_RECOMMENDED;
            case DECLINED:
                return Standing.DECLINED_AT_SCREENING;
            default:
                List<AuditEntry> history = registration.history();
                return "left-the-course".equals(history.get(history.size() - 1).event()) ? Standing.LEFT_THE_COURSE
                        : Standing.WITHDRAWN;
        }
    }

    private static String profession(Registration registration) {
        var profession = registration.registrant().profession();
        String discipline = profession.discipline().label();
        String label = Character.toUpperCase(discipline.charAt(0)) + discipline.substring(1);
        return profession.detail().filter(d -> !d.isBlank()).map(d -> label + " (" + d + ")").orElse(label);
    }
}
