/**
 * Leader development logs kept in the database: each leader candidate's sessions led or co-led,
 * supervised sessions and intensives attended.
 *
 * <p>{@link org.balint.persistence.leadership.JpaLeaderLogStore} is the core's
 * {@link org.balint.core.leadership.LeaderLogStore}, bound to one tenant and working in the caller's
 * transaction. The database holds the same idea of "the same entry" as the core's logbook, so an
 * entry can never be stored twice, even by two requests at the same moment; a refused entry surfaces
 * with the logbook's own reason codes. Saving a grown log inserts only the new entries and increments
 * the log's version (optimistic locking). Groups are referred to by their id value, deliberately
 * without a foreign key to the group table: a leader's log is the leader's own credentialing record and
 * outlives the groups it names (the retention purge keeps it).
 */
package org.balint.persistence.leadership;
