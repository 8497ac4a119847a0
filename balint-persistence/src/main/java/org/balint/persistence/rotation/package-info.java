/**
 * Storage of rotation plans: the {@link org.balint.core.rotation.RotationPlans} adapter
 * {@link org.balint.persistence.rotation.JpaRotationPlans}, keeping each group's published rotation
 * (who presents a case in which session, the sessions held, cases per session, who published it and
 * when) in tables {@code rotation_plan} and {@code rotation_plan_slot}.
 *
 * <p>Only presenters and sessions are stored, never any case content. The group is referred to by its
 * id value and must be stored for the tenant (foreign key {@code fk_rotation_plan_group}; otherwise
 * the write is refused with {@code unknown-group}). Leaders re-plan concurrently, so the plan is
 * versioned (optimistic locking): of two leaders re-planning the same group from the same plan, one
 * succeeds and the other gets an {@link org.balint.persistence.integrity.EditConflict} with reason
 * {@code rotation-edited-concurrently}, nothing of their transaction stored.
 *
 * <p>Beside the plan, the {@link org.balint.core.rotation.RotationDesks} adapter
 * {@link org.balint.persistence.rotation.JpaRotationDesks} keeps each group's rotation desk in table
 * {@code rotation_desk_entry}: the leader's changes not yet published (a re-plan asked for, volunteers,
 * swaps in order) and the members' swap requests with their answers. Saving a desk replaces the group's
 * entries; the retention purge removes them with the group's other records.
 */
package org.balint.persistence.rotation;
