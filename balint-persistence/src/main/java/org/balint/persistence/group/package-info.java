/**
 * Group series in the database: {@link org.balint.persistence.group.JpaGroups} stores one tenant's
 * {@link org.balint.core.group.BalintGroup}s (the core's {@link org.balint.core.group.Groups} port)
 * with their schedule, faculty, members (profession and contact details) and rules, in the tables
 * {@code group_series}, {@code group_session}, {@code group_faculty} and {@code group_member}.
 *
 * <p>The core stays free of persistence: package-private entities hold the rows and a mapper turns them
 * into the core's values and back, rebuilding a group through the core's own validation. A group is
 * version-checked as a whole, so a concurrent edit is refused with
 * {@link org.balint.persistence.integrity.EditConflict} rather than lost; the database keeps a
 * member from being stored twice in one group. Nothing here holds case narratives or patient details.
 */
package org.balint.persistence.group;
