package org.balint.lti.tool.course;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.audit.Actor;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.Discipline;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.registration.GroupRegistrations;
import org.balint.core.registration.Registration;
import org.balint.core.registration.RegistrationDesk;
import org.balint.core.registration.RegistrationForm;
import org.balint.core.registration.RegistrationResult;
import org.balint.core.validation.InvalidInputException;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.session.ActiveSession;
import org.balint.persistence.tenant.Tenant;

/**
 * A member registers for the placement's group through the core's {@link RegistrationDesk}: the form
 * is checked field by field, then screened (accepted, waitlisted, referred to faculty review, or
 * declined with every missing attestation), and the group and its registrations are stored in one
 * transaction.
 */
public final class MemberRegistration {

    private final Placements placements;
    private final Clock clock;

    /** Registration over the tool's link tables and Balint's records. */
    public MemberRegistration(CourseBindings bindings, UserLinks users, BalintRecords records, Clock clock) {
        this.placements = new Placements(bindings, users, records);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Registers the session's person: the form again with every reason when a field is wrong or the
     * group refuses the registration, otherwise where the registration now stands.
     */
    public LaunchView register(ActiveSession active, RegistrationRequest request) {
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(request, "request");
        if (!active.session().isMemberOnly()) {
            return new LaunchView.Refused("members-only", 403, "Only the course's learners register as members of the "
                    + "Balint group; faculty lead it without registering. Open the activity from the course to see your group.");
        }
        Optional<MemberId> member = placements.member(active.session());
        if (member.isEmpty()) {
            return Placements.sessionGone();
        }
        Tenant tenant = Tenancy.of(active.session().course().deployment());
        Optional<BalintGroup> group = placements.group(active.session().course());
        if (group.isEmpty()) {
            return new LaunchView.NotSetUpYet(active, Optional.empty());
        }
        List<FieldViolation> violations = new ArrayList<>();
        Optional<RegistrationForm> form = form(member.get(), request, violations);
        if (form.isEmpty()) {
            return new LaunchView.RegistrationNeeded(active, group.get(), request, violations);
        }
        Outcome outcome;
        try {
            outcome = Retry.onConcurrentChange(() -> placements.records.inTransaction(tenant, records -> {
                RegistrationDesk desk = new RegistrationDesk(records.groups(), records.registrations(), clock);
                RegistrationResult result = desk.register(group.get().id(), form.get(), Actor.person(member.get()));
                GroupRegistrations now = desk.registrationsOf(group.get().id());
                BalintGroup current = records.groups().find(group.get().id()).orElse(group.get());
                return new Outcome(current, now.find(member.get()), now.waitlistPosition(member.get()), result.reasons());
            }));
        } catch (InvalidInputException tooLong) {
            return new LaunchView.RegistrationNeeded(active, group.get(), request,
                    tooLong.violations().stream().map(FieldViolation::general).toList());
        }
        if (outcome.registration().isPresent()) {
            return new LaunchView.RegistrationState(active, outcome.group(), outcome.registration().get(), outcome.position());
        }
        return new LaunchView.RegistrationNeeded(active, outcome.group(), request,
                outcome.refusals().stream().map(MemberRegistration::placed).toList());
    }

    private static Optional<RegistrationForm> form(MemberId id, RegistrationRequest request, List<FieldViolation> violations) {
        if (request.name().isEmpty()) {
            violations.add(FieldViolation.at(RegistrationRequest.NAME, "name-missing",
                    "give your name as the group and your certificate should show it"));
        } else if (request.name().length() > LmsUser.MAX_NAME) {
            violations.add(FieldViolation.at(RegistrationRequest.NAME, "name-too-long",
                    "the name has " + request.name().length() + " characters: shorten it to at most " + LmsUser.MAX_NAME));
        }
        if (!ContactDetails.looksLikeEmail(request.email()) || request.email().length() > LmsUser.MAX_EMAIL) {
            violations.add(FieldViolation.at(RegistrationRequest.EMAIL, request.email().isEmpty() ? "email-missing" : "email-invalid",
                    "give the e-mail address you use for the video meetings, e.g. name@example.org: attendance is matched on it"));
        }
        Optional<Profession> profession = profession(request, violations);
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        Member registrant = new Member(id, request.name(), profession.orElseThrow(), ContactDetails.email(request.email()));
        return Optional.of(new RegistrationForm(registrant, request.attestations(), request.stressful()));
    }

    /** The longest specialty or profession description the form takes. */
    static final int MAX_DETAIL = 200;

    private static Optional<Profession> profession(RegistrationRequest request, List<FieldViolation> violations) {
        if (request.detail().length() > MAX_DETAIL) {
            violations.add(FieldViolation.at(RegistrationRequest.DETAIL, "profession-detail-too-long",
                    "the specialty or description has " + request.detail().length() + " characters: shorten it to at most "
                            + MAX_DETAIL));
            return Optional.empty();
        }
        Optional<Discipline> discipline = discipline(request.discipline());
        if (discipline.isEmpty()) {
            violations.add(FieldViolation.at(RegistrationRequest.DISCIPLINE,
                    request.discipline().isEmpty() ? "discipline-missing" : "discipline-unknown",
                    "choose your profession: it decides which continuing-education credit you can receive"));
            return Optional.empty();
        }
        switch (discipline.get()) {
            case PHYSICIAN:
                if (request.detail().isEmpty()) {
                    violations.add(FieldViolation.at(RegistrationRequest.DETAIL, "specialty-missing",
                            "give your specialty, e.g. family medicine"));
                    return Optional.empty();
                }
                return Optional.of(Profession.physician(request.detail()));
            case OTHER:
                if (request.detail().isEmpty()) {
                    violations.add(FieldViolation.at(RegistrationRequest.DETAIL, "profession-description-missing",
                            "describe your profession in a few words, e.g. chaplain"));
                    return Optional.empty();
                }
                return Optional.of(Profession.other(request.detail()));
            default:
                return Optional.of(Profession.of(discipline.get(), ""));
        }
    }

    private static Optional<Discipline> discipline(String value) {
        try {
            return value.isEmpty() ? Optional.empty() : Optional.of(Discipline.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static FieldViolation placed(Violation violation) {
        return violation.code().startsWith("email")
                ? FieldViolation.at(RegistrationRequest.EMAIL, violation)
                : FieldViolation.general(violation);
    }

    private record Outcome(BalintGroup group, Optional<Registration> registration, Optional<Integer> position,
            List<Violation> refusals) {
    }
}
