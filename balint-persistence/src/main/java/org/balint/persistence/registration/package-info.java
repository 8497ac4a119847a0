/**
 * Registrations in the database: {@link org.balint.persistence.registration.JpaRegistrations} stores
 * one tenant's {@link org.balint.core.registration.GroupRegistrations} (the core's
 * {@link org.balint.core.registration.Registrations} port): each registration with its state, the
 * registrant's details and attestations, decline reasons, faculty note and audit trail, the
 * submission order and the waitlist, in the tables {@code group_registrations}, {@code registration},
 * {@code registration_decline_reason} and {@code registration_audit}.
 *
 * <p>A person can be registered at most once per group and tenant: the database refuses a second
 * registration with reason {@code already-registered}. A group's registrations are version-checked as
 * a whole, so two concurrent changes cannot overwrite each other. Registrations hold no case content or
 * patient details.
 */
package org.balint.persistence.registration;
