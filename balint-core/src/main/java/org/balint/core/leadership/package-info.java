/**
 * Leader development: a leader candidate's log of sessions led or co-led, supervised sessions and
 * intensives attended, and their progress against a credentialing pathway.
 *
 * <h2>The log</h2>
 * {@link org.balint.core.leadership.LeaderLogbook#record} adds one
 * {@link org.balint.core.leadership.LogEntry} to a candidate's
 * {@link org.balint.core.leadership.LeaderLog}: a session led or co-led (group, session, when it was
 * held), a supervised session (supervisor, date) or an intensive (name, first and last day). Entries are
 * refused with every reason when dated in the future of the injected {@link java.time.Clock}
 * ({@code date-in-future}), already in the log ({@code duplicate-led-session},
 * {@code duplicate-supervised-session}, {@code duplicate-intensive}), supervised by the candidate
 * themselves ({@code supervisor-is-candidate}), or describing an intensive without a name or ending
 * before it starts. The log only grows.
 *
 * <h2>The pathway</h2>
 * A {@link org.balint.core.leadership.CredentialingPathway} is data, with defaults modelled on the
 * Balint Society's leader credentialing: lead or co-lead monthly for 24 months, at least 12 supervised
 * sessions and 3 intensives. A month counts when at least one session was led or co-led in that calendar
 * month, in the pathway's time zone. Months need not be consecutive unless the pathway says so; when it
 * does, the longest run of consecutive months counts.
 *
 * <h2>Progress</h2>
 * {@link org.balint.core.leadership.PathwayProgress} lists every requirement as
 * {@link org.balint.core.leadership.RequirementProgress.Met} or
 * {@link org.balint.core.leadership.RequirementProgress.Unmet}, with what is required, what is achieved
 * and what remains ("9 of 12 supervised sessions; 3 to go"). Adding an entry never lowers progress.
 */
package org.balint.core.leadership;
