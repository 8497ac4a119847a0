/**
 * Registration and screening: who asks to join a group series, what they attest, how they are
 * screened, and the waitlist, with every step audited.
 *
 * <p>A registrant submits a {@link org.balint.core.registration.RegistrationForm}: their details and
 * four {@link org.balint.core.registration.Attestation}s (clinically active, willing to present,
 * intending to attend every session, confidentiality acknowledged), plus an optional report of an
 * unusually stressful period. {@link org.balint.core.registration.GroupRegistrations} screens it
 * into one of the {@link org.balint.core.registration.Registration} states:
 * <ul>
 *   <li><b>declined</b>: attestations missing, each listed ({@code not-clinically-active},
 *       {@code not-willing-to-present}, {@code not-attending-all-sessions},
 *       {@code confidentiality-not-acknowledged});</li>
 *   <li><b>referred to faculty review</b>: a stressful period was reported; the group's faculty then
 *       accept (into the group, or onto the waitlist when full) or recommend deferral to a later
 *       series with a note to the registrant;</li>
 *   <li><b>accepted</b> into the group, which the registrant joins through the group's own API;</li>
 *   <li><b>waitlisted</b> when the group is full or others are already waiting, in arrival order,
 *       promoted when a place frees before the group closes to new members;</li>
 *   <li><b>withdrawn</b> by the registrant or a coordinator, or because the registrant left the course
 *       the group belongs to (recorded as {@code left-the-course}, not as the registrant's choice; the
 *       sessions they attended stay in the record).</li>
 * </ul>
 *
 * <p>Steps that cannot be taken are refused with every reason and change nothing:
 * {@code already-registered}, {@code email-already-registered}, {@code registration-closed},
 * {@code registrant-is-faculty}, {@code already-a-member}; for faculty decisions
 * {@code not-registered}, {@code not-awaiting-review}, {@code not-faculty},
 * {@code deferral-note-missing}, {@code registration-closed}; for withdrawals
 * {@code not-registered}, {@code nothing-to-withdraw}, and the group's own reasons.
 *
 * <p>{@link org.balint.core.registration.RegistrationDesk} runs these steps against the storage
 * ports ({@link org.balint.core.group.Groups}, {@link org.balint.core.registration.Registrations})
 * with an injected {@link java.time.Clock}. Registrations hold no case content or patient details.
 * Nothing in this package accepts or returns {@code null}.
 */
package org.balint.core.registration;
