/**
 * Balint groups: the series of sessions, its schedule, the people in it (members and faculty) and the
 * rules a group must satisfy before it can run.
 *
 * <p>A {@link org.balint.core.group.BalintGroup} is set up through a
 * {@link org.balint.core.group.GroupDraft}; {@code validate()} checks every rule at once and answers
 * with the group or with every violated rule, each carrying a stable reason code:
 * <ul>
 *   <li>{@code title-missing}, {@code video-link-missing}, {@code video-link-malformed},
 *       {@code video-link-not-https};</li>
 *   <li>{@code number-of-sessions-invalid}, {@code schedule-missing}, {@code schedule-length-mismatch},
 *       {@code session-numbers-out-of-sequence}, {@code sessions-out-of-order}, {@code sessions-overlap};</li>
 *   <li>{@code leader-missing}, {@code candidate-without-supervisor}, {@code candidate-supervises-self},
 *       {@code faculty-listed-twice}, {@code faculty-also-member};</li>
 *   <li>{@code duplicate-member}, {@code duplicate-member-email}, {@code over-capacity};</li>
 *   <li>{@code minimum-members-invalid}, {@code capacity-minimum-above-maximum},
 *       {@code cases-per-session-invalid}, {@code not-enough-presentation-slots}, {@code quorum-invalid},
 *       {@code quorum-above-capacity}, {@code quorum-above-minimum}, {@code closing-session-beyond-series}.</li>
 * </ul>
 *
 * <p>A running group takes and loses members through {@code join} and {@code leave}, which answer
 * with a {@link org.balint.core.group.MembershipChange}: the changed group, or every reason for
 * refusing ({@code group-closed-to-new-members}, {@code already-a-member},
 * {@code email-already-in-group}, {@code member-is-faculty}, {@code group-full}; {@code not-a-member},
 * {@code series-finished}). Whether the group has closed is decided from its schedule and the instant
 * passed in, never from the system clock.
 *
 * <p>{@link org.balint.core.group.Groups} is the storage port a persistence module implements.
 * Nothing in this package accepts or returns {@code null}.
 */
package org.balint.core.group;
