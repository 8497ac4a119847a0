package org.balint.lti.tool.course;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.FacultyRole;
import org.balint.core.registration.Registration;
import org.balint.lti.tool.session.ActiveSession;

/**
 * What a launch, or a form posted after it, leads to: the page to show. Every view but a refusal
 * carries the launch session the page's forms post back.
 */
public sealed interface LaunchView {

    /** A leader opened a placement that has no group yet: the set-up form (again, with reasons, after a mistake). */
    record SetUpGroup(ActiveSession session, SetupRequest form, List<FieldViolation> violations) implements LaunchView {
        /** Validates the parts. */
        public SetUpGroup {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(form, "form");
            violations = List.copyOf(violations);
        }
    }

    /**
     * A leader in their group: its faculty role for them, and whether this launch or form just added
     * them (as co-leader) or set the group up.
     */
    record LeaderHome(ActiveSession session, BalintGroup group, FacultyRole role, boolean justAdded) implements LaunchView {
        /** Validates the parts. */
        public LeaderHome {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(role, "role");
        }
    }

    /**
     * A leader who is not yet on the group's faculty, when the platform did not send a usable name and
     * e-mail address (or the group refused them): the short form asking for them.
     */
    record FacultyDetailsNeeded(ActiveSession session, BalintGroup group, String name, String email,
            List<FieldViolation> violations) implements LaunchView {
        /** Validates the parts. */
        public FacultyDetailsNeeded {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
            violations = List.copyOf(violations);
        }
    }

    /** A member opened a placement whose leader has not set the group up yet. */
    record NotSetUpYet(ActiveSession session, Optional<String> title) implements LaunchView {
        /** Validates the parts. */
        public NotSetUpYet {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(title, "title");
        }
    }

    /** A member's first launch in a group: the registration form (again, with reasons, after a mistake). */
    record RegistrationNeeded(ActiveSession session, BalintGroup group, RegistrationRequest form,
            List<FieldViolation> violations) implements LaunchView {
        /** Validates the parts. */
        public RegistrationNeeded {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(form, "form");
            violations = List.copyOf(violations);
        }
    }

    /** Where a member's registration stands, with their place on the waitlist when they wait. */
    record RegistrationState(ActiveSession session, BalintGroup group, Registration registration,
            Optional<Integer> waitlistPosition) implements LaunchView {
        /** Validates the parts. */
        public RegistrationState {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(registration, "registration");
            Objects.requireNonNull(waitlistPosition, "waitlistPosition");
        }
    }

    /** An administrator (who neither leads nor takes part) opened a placement. */
    record AdminOverview(ActiveSession session, Optional<BalintGroup> group) implements LaunchView {
        /** Validates the parts. */
        public AdminOverview {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(group, "group");
        }
    }

    /** The launch or form cannot go on: the status, reason code and what to do next. */
    record Refused(String code, int status, String message) implements LaunchView {
        /** Validates the parts. */
        public Refused {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
