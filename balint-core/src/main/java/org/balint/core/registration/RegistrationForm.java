package org.balint.core.registration;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.balint.core.group.Member;

/**
 * What a registrant submits: who they are (name, profession, contact details), which
 * {@link Attestation}s they give, and whether they report going through an unusually stressful
 * period, which sends the registration to faculty review instead of straight into the group.
 *
 * <p>The form holds nothing about patients or cases.
 */
public record RegistrationForm(Member registrant, Set<Attestation> attestations, boolean unusuallyStressfulPeriod) {

    public RegistrationForm {
        Objects.requireNonNull(registrant, "registrant");
        attestations = attestations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(attestations));
    }

    /** A form with every attestation given and no stressful period reported. */
    public static RegistrationForm fullyAttested(Member registrant) {
        return new RegistrationForm(registrant, EnumSet.allOf(Attestation.class), false);
    }

    /** This form without {@code attestation} (as if the box was left unticked). */
    public RegistrationForm without(Attestation attestation) {
        var given = EnumSet.noneOf(Attestation.class);
        given.addAll(attestations);
        given.remove(attestation);
        return new RegistrationForm(registrant, given, unusuallyStressfulPeriod);
    }

    /** This form with the "unusually stressful period" box ticked. */
    public RegistrationForm reportingStressfulPeriod() {
        return new RegistrationForm(registrant, attestations, true);
    }

    /** The attestations not given, in the order the form asks for them. */
    public List<Attestation> missingAttestations() {
        return Arrays.stream(Attestation.values()).filter(a -> !attestations.contains(a)).toList();
    }
}
