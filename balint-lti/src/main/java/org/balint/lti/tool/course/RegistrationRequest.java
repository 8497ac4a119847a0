package org.balint.lti.tool.course;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.balint.core.registration.Attestation;
import org.balint.lti.protocol.message.ResourceLinkLaunch;

/**
 * A member's registration form as sent: their name and e-mail (prefilled from the launch when the
 * platform sent them), profession, the attestations they ticked, and whether they report an unusually
 * stressful period.
 *
 * @param name         the name for the group and certificates
 * @param email        the e-mail address (attendance reports are matched on it)
 * @param discipline   the {@link org.balint.core.group.Discipline} name, e.g. {@code PHYSICIAN}
 * @param detail       the physician's specialty or the other profession's description
 * @param attestations the attestations ticked
 * @param stressful    whether the "unusually stressful period" box is ticked
 */
public record RegistrationRequest(String name, String email, String discipline, String detail,
        Set<Attestation> attestations, boolean stressful) {

    /** Field names, as the form posts them. */
    public static final String NAME = "name";
    public static final String EMAIL = "email";
    public static final String DISCIPLINE = "discipline";
    public static final String DETAIL = "detail";
    public static final String STRESSFUL = "stressful";

    /** Every text stripped (a field the form did not send is empty); the attestations copied. */
    public RegistrationRequest {
        name = Objects.requireNonNull(name, "name").strip();
        email = Objects.requireNonNull(email, "email").strip();
        discipline = Objects.requireNonNull(discipline, "discipline").strip();
        detail = Objects.requireNonNull(detail, "detail").strip();
        attestations = attestations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(attestations));
    }

    /** The form field of an attestation's checkbox, e.g. {@code attest_clinically_active}. */
    public static String field(Attestation attestation) {
        return "attest_" + attestation.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The empty form, with nothing from a launch. */
    public static RegistrationRequest empty() {
        return new RegistrationRequest("", "", "", "", Set.of(), false);
    }

    /** The empty form, with the name and e-mail the platform sent. */
    public static RegistrationRequest prefilled(ResourceLinkLaunch launch) {
        Optional<LmsUser> user = launch.user().map(u -> LmsUser.of(launch.deployment(), u));
        return new RegistrationRequest(user.flatMap(LmsUser::name).orElse(""), user.flatMap(LmsUser::email).orElse(""),
                "", "", Set.of(), false);
    }
}
