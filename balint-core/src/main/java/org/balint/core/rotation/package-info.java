/**
 * Case-presentation rotation: who presents a case in which session, so that every member of a Balint
 * group presents at least once.
 *
 * <h2>Using it</h2>
 * Describe the group's situation in a {@link org.balint.core.rotation.RotationRequest} (members in
 * roster order, sessions, cases per session, who presented in the sessions already held, volunteers,
 * declared unavailability, the leader's overrides, former members who dropped out and, for a re-plan, the
 * current plan). Building the request checks every rule at once and returns the violations, so bad input
 * is never half-used. Then
 * ask the {@link org.balint.core.rotation.RotationPlanner} for a
 * {@link org.balint.core.rotation.RotationOutcome}: a {@code Planned} proposal in which everyone
 * presents, an {@code OverrideBreaksGuarantee} proposal that names who loses their turn because of
 * the leader's overrides, or {@code Blocked} with the {@link org.balint.core.rotation.RotationConflict}s
 * that make a complete rotation impossible ("Ames, Baker and Chen still need a turn but can only
 * present in sessions 5 and 6, which have 2 open places between them").
 *
 * <p>An application that keeps its groups as {@link org.balint.core.group.BalintGroup}s starts the request
 * with {@link org.balint.core.rotation.RotationRequest#forGroup} (sessions, cases per session and the
 * roster come from the group) and adds what the group's record knows: who presented, who dropped out
 * ({@code formerMember}), volunteers and absences. After the group changes,
 * {@link org.balint.core.rotation.RotationPlan#fitFor} tells whether the plan in force still fits it
 * or needs a re-plan ({@link org.balint.core.rotation.PlanFit}), for instance because a late joiner has
 * no turn yet.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Everyone presents, provably.</b> Giving every member a turn is a matching of members to
 *       open places; the planner solves it exactly (augmenting paths, and a minimum-cost flow for
 *       volunteers and kept places), so it never gives up on a rotation that exists.
 *   <li><b>Priorities</b>, strongest first: held sessions and overrides are fixed; everyone gets a
 *       turn; volunteers get their session; a re-plan keeps as much of the current plan as possible
 *       (changes fall in later sessions first); the rest is filled in fair order.
 *   <li><b>Fair order</b> for each remaining place: avoid a member presenting in two consecutive
 *       sessions when someone else can take the place (this comes first: it is the rule members
 *       notice most); then fewest presentations so far; then longest since the last presentation;
 *       then roster order.
 *   <li><b>Every place is filled</b> when someone can attend: once everyone has had a turn, spare
 *       places go to second turns in fair order. A place stays open only when nobody who can attend
 *       is left. A group that prefers open discussion time can leave a second turn unused in practice.
 *   <li><b>Drop-outs stay in the record.</b> A member who leaves is listed as a former member rather
 *       than erased: their presentations in held sessions stay as recorded and occupy their places, but
 *       they are never planned, never need a turn, and do not count in anyone else's fair order (the
 *       group's fairness is among the members who remain). Their future places go to others, as few
 *       places changing as possible, and each is reported as a change. A presenter in the history who is
 *       neither a member nor a former member is still rejected, since it is most likely a typing error.
 *   <li><b>Deterministic.</b> The same request always gives the same plan; only the roster order
 *       influences it, as the last tie-break.
 * </ul>
 *
 * <h2>A plan's life</h2>
 * The planner only produces {@link org.balint.core.rotation.ProposedPlan}s; only a proposed plan can
 * be published, giving a {@link org.balint.core.rotation.PublishedPlan}. Changes never edit a plan:
 * the leader re-plans from the published plan and gets a new proposal together with the list of
 * {@link org.balint.core.rotation.PlanChange}s. The plan a group works from is kept through the
 * {@link org.balint.core.rotation.RotationPlans} port, one current plan per group.
 *
 * <p>Two members' turns are exchanged with {@link org.balint.core.rotation.TurnSwaps}, which checks the
 * swap against the plan (both turns exist, both sessions are still to come, nobody presents twice in a
 * session) and gives a new proposal or the reasons it cannot; a swap changes when two members present,
 * never whether, so it keeps the guarantee. A member asks for one with a
 * {@link org.balint.core.rotation.SwapRequest}. What a leader has changed since the last publication
 * (volunteers, swaps, a re-plan asked for) and the members' requests lie on the group's
 * {@link org.balint.core.rotation.RotationDesk}, kept through the {@link org.balint.core.rotation.RotationDesks}
 * port, so the next proposal can always be planned again from the published plan.
 *
 * <h2>Confidentiality</h2>
 * Plans hold only who presents in which session ({@link org.balint.core.rotation.PresentationSlot}).
 * They never hold any case content.
 */
package org.balint.core.rotation;
