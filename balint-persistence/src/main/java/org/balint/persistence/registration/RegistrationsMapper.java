package org.balint.persistence.registration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.balint.core.audit.Actor;
import org.balint.core.audit.AuditEntry;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.registration.Attestation;
import org.balint.core.registration.GroupRegistrations;
import org.balint.core.registration.Registration;
import org.balint.core.registration.RegistrationForm;
import org.balint.core.registration.RegistrationStatus;
import org.balint.core.validation.Violation;
import org.balint.persistence.tenant.TenantScope;

/**
 * Maps a group's {@link GroupRegistrations} to rows and back. Writing reconciles: a registrant's
 * registration keeps its row, its decline reasons and audit entries keep theirs by position (an audit
 * trail only grows), new ones get rows and rows of those gone are removed. Reading rebuilds the
 * registrations in submission order and the waitlist in waitlist order through
 * {@link GroupRegistrations#restore}.
 */
final class RegistrationsMapper {

    static final int MAX_ID = 255;
    static final int MAX_NAME = 500;
    static final int MAX_EMAIL = 320;
    static final int MAX_PHONE = 100;
    static final int MAX_PROFESSION_DETAIL = 200;
    static final int MAX_CODE = 100;
    static final int MAX_TEXT = 2000;
    static final int MAX_NOTE = 4000;

    private RegistrationsMapper() {
    }

    /** The registrations the rows describe. */
    static GroupRegistrations toRegistrations(GroupRegistrationsEntity entity) {
        GroupId group = new GroupId(entity.groupKey());
        List<RegistrationEntity> rows = entity.registrations.stream()
                .sorted(Comparator.comparingInt(r -> r.submissionOrder))
                .toList();
        List<Registration> registrations = rows.stream().map(row -> toRegistration(group, row)).toList();
        List<MemberId> waitlist = rows.stream()
                .filter(row -> row.status == RegistrationStatus.WAITLISTED)
                .sorted(Comparator.comparingInt(row -> row.waitlistPosition))
                .map(row -> new MemberId(row.registrantId()))
                .toList();
        return GroupRegistrations.restore(group, registrations, waitlist);
    }

    private static Registration toRegistration(GroupId group, RegistrationEntity row) {
        Member registrant = new Member(new MemberId(row.registrantId()), row.name, Profession.of(row.discipline, Objects.requireNonNullElse(row.professionDetail, "")),
                row.phone == null ? ContactDetails.email(row.email) : ContactDetails.emailAndPhone(row.email, row.phone));
        Set<Attestation> attestations = EnumSet.noneOf(Attestation.class);
        if (row.clinicallyActive) {
            attestations.add(Attestation.CLINICALLY_ACTIVE);
        }
        if (row.willingToPresent) {
            attestations.add(Attestation.WILLING_TO_PRESENT);
        }
        if (row.attendsAllSessions) {
            attestations.add(Attestation.ATTENDS_ALL_SESSIONS);
        }
        if (row.confidentialityAcknowledged) {
            attestations.add(Attestation.CONFIDENTIALITY_ACKNOWLEDGED);
        }
        RegistrationForm form = new RegistrationForm(registrant, attestations, row.unusuallyStressfulPeriod);
        List<AuditEntry> history = row.history.stream()
                .sorted(Comparator.comparingInt(AuditEntryEntity::listOrder))
                .map(RegistrationsMapper::toAuditEntry)
                .toList();
        switch (row.status) {
            case ACCEPTED:
                return new Registration.Accepted(group, form, history);
            case WAITLISTED:
                return new Registration.Waitlisted(group, form, history);
            case REFERRED_TO_FACULTY_REVIEW:
                return new Registration.ReferredToFacultyReview(group, form, history);
            case DEFERRAL_RECOMMENDED:
                return new Registration.DeferralRecommended(group, form, row.deferralNote, history);
            case DECLINED:
                List<Violation> reasons = row.declineReasons.stream()
                        .sorted(Comparator.comparingInt(DeclineReasonEntity::listOrder))
                        .map(reason -> Violation.of(reason.code, reason.message))
                        .toList();
                return new Registration.Declined(group, form, reasons, history);
            case WITHDRAWN:
                return new Registration.Withdrawn(group, form, history);
            default:
                throw new IllegalStateException("unknown registration status " + row.status);
        }
    }

    private static AuditEntry toAuditEntry(AuditEntryEntity row) {
        Actor actor = row.actorKind == AuditEntryEntity.ActorKind.PERSON
                ? new Actor.Person(new MemberId(row.actor))
                : new Actor.Process(row.actor);
        return new AuditEntry(row.occurredAt, actor, row.event, row.description);
    }

    /** Every value of {@code registrations} too long for its column, each with a sentence; empty when all fit. */
    static List<Violation> tooLongToStore(GroupRegistrations registrations) {
        List<Violation> violations = new ArrayList<>();
        fits(violations, "the group id", registrations.group().value(), MAX_ID);
        for (Registration registration : registrations.all()) {
            Member registrant = registration.registrant();
            String whose = "registrant " + registrant.id();
            fits(violations, "the id of " + whose, registrant.id().value(), MAX_ID);
            fits(violations, "the name of " + whose, registrant.name(), MAX_NAME);
            fits(violations, "the profession of " + whose, registrant.profession().detail().orElse(""), MAX_PROFESSION_DETAIL);
            fits(violations, "the e-mail address of " + whose, registrant.contact().email(), MAX_EMAIL);
            fits(violations, "the phone number of " + whose, registrant.contact().phone().orElse(""), MAX_PHONE);
            if (registration instanceof Registration.DeferralRecommended deferral) {
                fits(violations, "the faculty's note to " + whose, deferral.noteToRegistrant(), MAX_NOTE);
            }
            if (registration instanceof Registration.Declined declined) {
                for (Violation reason : declined.reasons()) {
                    fits(violations, "a reason code for declining " + whose, reason.code(), MAX_CODE);
                    fits(violations, "a reason for declining " + whose, reason.message(), MAX_TEXT);
                }
            }
            for (AuditEntry entry : registration.history()) {
                fits(violations, "an audit entry's actor for " + whose, actorName(entry.actor()), MAX_ID);
                fits(violations, "an audit entry's event for " + whose, entry.event(), MAX_CODE);
                fits(violations, "an audit entry's description for " + whose, entry.description(), MAX_TEXT);
            }
        }
        return violations;
    }

    /**
     * Brings the rows of {@code entity} in line with {@code registrations}.
     *
     * @return whether anything changed
     */
    static boolean write(TenantScope owner, GroupRegistrations registrations, GroupRegistrationsEntity entity) {
        if (!entity.registrations.isEmpty() && toRegistrations(entity).equals(registrations)) {
            return false;
        }
        Map<String, RegistrationEntity> existing = new HashMap<>();
        entity.registrations.forEach(row -> existing.put(row.registrantId(), row));
        List<RegistrationEntity> rows = new ArrayList<>();
        List<Registration> all = registrations.all();
        for (int i = 0; i < all.size(); i++) {
            Registration registration = all.get(i);
            RegistrationEntity row = existing.get(registration.registrantId().value());
            if (row == null) {
                row = new RegistrationEntity(owner, entity, registration.registrantId().value());
            }
            writeRegistration(owner, registration, i, registrations.waitlistPosition(registration.registrantId()), row);
            rows.add(row);
        }
        entity.registrations.retainAll(rows);
        rows.stream().filter(row -> !entity.registrations.contains(row)).forEach(entity.registrations::add);
        return true;
    }

    private static void writeRegistration(TenantScope owner, Registration registration, int order, Optional<Integer> waitlistPosition,
            RegistrationEntity row) {
        Member registrant = registration.registrant();
        Set<Attestation> attestations = registration.form().attestations();
        row.submissionOrder = order;
        row.status = registration.status();
        row.waitlistPosition = waitlistPosition.orElse(null);
        row.name = registrant.name();
        row.discipline = registrant.profession().discipline();
        row.professionDetail = registrant.profession().detail().orElse(null);
        row.email = registrant.contact().email();
        row.phone = registrant.contact().phone().orElse(null);
        row.clinicallyActive = attestations.contains(Attestation.CLINICALLY_ACTIVE);
        row.willingToPresent = attestations.contains(Attestation.WILLING_TO_PRESENT);
        row.attendsAllSessions = attestations.contains(Attestation.ATTENDS_ALL_SESSIONS);
        row.confidentialityAcknowledged = attestations.contains(Attestation.CONFIDENTIALITY_ACKNOWLEDGED);
        row.unusuallyStressfulPeriod = registration.form().unusuallyStressfulPeriod();
        row.deferralNote = registration instanceof Registration.DeferralRecommended deferral ? deferral.noteToRegistrant() : null;
        List<Violation> reasons = registration instanceof Registration.Declined declined ? declined.reasons() : List.of();
        writeByPosition(row.declineReasons, reasons, i -> new DeclineReasonEntity(owner, row, i), (reason, stored) -> {
            stored.code = reason.code();
            stored.message = reason.message();
        });
        writeByPosition(row.history, registration.history(), i -> new AuditEntryEntity(owner, row, i), (entry, stored) -> {
            stored.occurredAt = entry.at();
            stored.actorKind = entry.actor() instanceof Actor.Person ? AuditEntryEntity.ActorKind.PERSON : AuditEntryEntity.ActorKind.PROCESS;
            stored.actor = actorName(entry.actor());
            stored.event = entry.event();
            stored.description = entry.description();
        });
    }

    /** Row i holds value i: existing rows are overwritten in place, missing ones added, surplus ones removed. */
    private static <V, R> void writeByPosition(List<R> rows, List<V> values, Function<Integer, R> newRow,
            BiConsumer<V, R> fill) {
        while (rows.size() > values.size()) {
            rows.remove(rows.size() - 1);
        }
        for (int i = 0; i < values.size(); i++) {
            if (i == rows.size()) {
                rows.add(newRow.apply(i));
            }
            fill.accept(values.get(i), rows.get(i));
        }
    }

    private static String actorName(Actor actor) {
        return actor instanceof Actor.Person person ? person.id().value() : ((Actor.Process) actor).name();
    }

    private static void fits(List<Violation> violations, String what, String value, int limit) {
        if (value.length() > limit) {
            violations.add(Violation.of("too-long-to-store", what + " has " + value.length() + " characters, but Balint stores at most "
                    + limit + ": shorten it"));
        }
    }
}
