/**
 * Attendance sheets on Jakarta Persistence: the core's
 * {@link org.balint.core.attendance.AttendanceSheets} port for one tenant.
 *
 * <p>{@link org.balint.persistence.attendance.JpaAttendanceSheets} stores each session's
 * {@link org.balint.core.attendance.AttendanceSheet} — imported report receipts, report rows
 * attributed to members with their evidence (report, platform, line), attendees still to be resolved,
 * leader corrections, LMS launches and the audit trail — in the {@code attendance_*} tables, in list
 * order and to the precision the core keeps. Two leaders saving the same session's sheet at once
 * cannot both succeed: the loser gets an
 * {@link org.balint.persistence.integrity.EditConflict} (reason
 * {@code attendance-sheet-changed-concurrently}) and reloads. The same report
 * (identified by the digest of its content) cannot be stored twice in one session. Only evidence and
 * audit sentences are stored; the core holds no case narrative or patient detail, and neither does
 * this package.
 */
package org.balint.persistence.attendance;
