package org.balint.core.registration;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.balint.core.audit.Actor;
import org.balint.core.audit.AuditEntry;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Violation;

/**
 * One registrant's registration for one group series, in the state screening and faculty review have
 * brought it to. Each state is its own type, so only what makes sense is offered: a registration
 * {@link ReferredToFacultyReview} exposes the faculty's decisions, an {@link Accepted} one does not.
 *
 * <p>Every registration carries its history: each transition as an {@link AuditEntry} with the time,
 * the actor and what happened, oldest first. The first entry is always the submission.
 *
 * <p>Registrations change only through {@link GroupRegistrations}, which keeps them consistent with
 * the group and the waitlist. The records' constructors exist for storage adapters that rebuild
 * stored registrations.
 */
public sealed interface Registration permits Registration.Accepted, Registration.Waitlisted,
        Registration.ReferredToFacultyReview, Registration.DeferralRecommended, Registration.Declined,
        Registration.Withdrawn {

    /** The group series registered for. */
    GroupId group();

    /** What the registrant submitted. */
    RegistrationForm form();

    /** Every transition so far, oldest first. */
    List<AuditEntry> history();

    RegistrationStatus status();

    default Member registrant() {
        return form().registrant();
    }

    default MemberId registrantId() {
        return form().registrant().id();
    }

    /** When the registration was submitted. */
    default Instant submittedAt() {
        return history().get(0).at();
    }

    /** Screened in and made a member of the group. */
    record Accepted(GroupId group, RegistrationForm form, List<AuditEntry> history) implements Registration {
        public Accepted {
            history = checked(group, form, history);
        }

        @Override
        public RegistrationStatus status() {
            return RegistrationStatus.ACCEPTED;
        }
    }

    /**
     * Screened in, but the group was full: waiting for a place, in arrival order (see
     * {@link GroupRegistrations#waitlist()}).
     */
    record Waitlisted(GroupId group, RegistrationForm form, List<AuditEntry> history) implements Registration {
        public Waitlisted {
            history = checked(group, form, history);
        }

        @Override
        public RegistrationStatus status() {
            return RegistrationStatus.WAITLISTED;
        }
    }

    /**
     * The registrant reported an unusually stressful period, so faculty decide: accept (into the
     * group, or onto the waitlist when it is full) or recommend signing up for a later series.
     */
    record ReferredToFacultyReview(GroupId group, RegistrationForm form, List<AuditEntry> history)
            implements Registration {
        public ReferredToFacultyReview {
            history = checked(group, form, history);
        }

        @Override
        public RegistrationStatus status() {
            return RegistrationStatus.REFERRED_TO_FACULTY_REVIEW;
        }

        /** Faculty accept the registrant; apply it with {@link GroupRegistrations#decide}. */
        public FacultyDecision accept(Actor faculty) {
            return new FacultyDecision.Accept(group, registrantId(), faculty);
        }

        /**
         * Faculty recommend that the registrant sign up for a later series, with a note to them
         * (it must not be blank); apply it with {@link GroupRegistrations#decide}.
         */
        public FacultyDecision recommendDeferral(Actor faculty, String noteToRegistrant) {
            return new FacultyDecision.RecommendDeferral(group, registrantId(), faculty, noteToRegistrant);
        }

        /**
         * Faculty recommend that the registrant sign up for a later series for one of the standard
         * {@code reason}s, whose note the registrant reads; apply it with {@link GroupRegistrations#decide}.
         */
        public FacultyDecision recommendDeferral(Actor faculty, DeferralReason reason) {
            return recommendDeferral(faculty, Objects.requireNonNull(reason, "reason").note());
        }
    }

    /** Faculty recommended signing up for a later series; {@code noteToRegistrant} says why, kindly. */
    record DeferralRecommended(GroupId group, RegistrationForm form, String noteToRegistrant,
            List<AuditEntry> history) implements Registration {
        public DeferralRecommended {
            history = checked(group, form, history);
            Objects.requireNonNull(noteToRegistrant, "noteToRegistrant");
            if (noteToRegistrant.isBlank()) {
                throw new IllegalArgumentException("a deferral recommendation needs a note to the registrant");
            }
        }

        @Override
        public RegistrationStatus status() {
            return RegistrationStatus.DEFERRAL_RECOMMENDED;
        }
    }

    /** Screened out: {@code reasons} lists every missing attestation. */
    record Declined(GroupId group, RegistrationForm form, List<Violation> reasons, List<AuditEntry> history)
            implements Registration {
        public Declined {
            history = checked(group, form, history);
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a declined registration needs its reasons");
            }
        }

        @Override
        public RegistrationStatus status() {
            return RegistrationStatus.DECLINED;
        }
    }

    /** The registrant withdrew: from the group, the waitlist or faculty review. */
    record Withdrawn(GroupId group, RegistrationForm form, List<AuditEntry> history) implements Registration {
        public Withdrawn {
            history = checked(group, form, history);
        }

        @Override
        public RegistrationStatus status() {
            return RegistrationStatus.WITHDRAWN;
        }
    }

    private static List<AuditEntry> checked(GroupId group, RegistrationForm form, List<AuditEntry> history) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(form, "form");
        var copy = List.copyOf(history);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a registration's history starts with its submission");
        }
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i).at().isBefore(copy.get(i - 1).at())) {
                throw new IllegalArgumentException("a registration's history runs oldest first");
            }
        }
        return copy;
    }
}
