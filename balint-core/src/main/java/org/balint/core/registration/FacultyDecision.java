package org.balint.core.registration;

import java.util.Objects;
import org.balint.core.audit.Actor;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;

/**
 * Faculty's decision on a registration referred to review. Decisions are only obtained from a
 * {@link Registration.ReferredToFacultyReview}, and take effect through
 * {@link GroupRegistrations#decide}, which checks that the decider is on the group's faculty and the
 * registration is still awaiting review.
 */
public sealed interface FacultyDecision permits FacultyDecision.Accept, FacultyDecision.RecommendDeferral {

    GroupId group();

    MemberId registrant();

    /** Who decided; must be a person on the group's faculty. */
    Actor decidedBy();

    /** Accept the registrant: into the group when there is a place, otherwise onto the waitlist. */
    final class Accept implements FacultyDecision {
        private final GroupId group;
        private final MemberId registrant;
        private final Actor decidedBy;

        Accept(GroupId group, MemberId registrant, Actor decidedBy) {
            this.group = Objects.requireNonNull(group, "group");
            this.registrant = Objects.requireNonNull(registrant, "registrant");
            this.decidedBy = Objects.requireNonNull(decidedBy, "decidedBy");
        }

        @Override
        public GroupId group() {
            return group;
        }

        @Override
        public MemberId registrant() {
            return registrant;
        }

        @Override
        public Actor decidedBy() {
            return decidedBy;
        }

        @Override
        public String toString() {
            return decidedBy + " accepts " + registrant;
        }
    }

    /** Recommend the registrant sign up for a later series, with a note telling them so. */
    final class RecommendDeferral implements FacultyDecision {
        private final GroupId group;
        private final MemberId registrant;
        private final Actor decidedBy;
        private final String noteToRegistrant;

        RecommendDeferral(GroupId group, MemberId registrant, Actor decidedBy, String noteToRegistrant) {
            this.group = Objects.requireNonNull(group, "group");
            this.registrant = Objects.requireNonNull(registrant, "registrant");
            this.decidedBy = Objects.requireNonNull(decidedBy, "decidedBy");
            this.noteToRegistrant = Objects.requireNonNull(noteToRegistrant, "noteToRegistrant").strip();
        }

        @Override
        public GroupId group() {
            return group;
        }

        @Override
        public MemberId registrant() {
            return registrant;
        }

        @Override
        public Actor decidedBy() {
            return decidedBy;
        }

        /** What faculty tell the registrant. */
        public String noteToRegistrant() {
            return noteToRegistrant;
        }

        @Override
        public String toString() {
            return decidedBy + " recommends " + registrant + " defer";
        }
    }
}
