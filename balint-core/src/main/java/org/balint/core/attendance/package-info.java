/**
 * Attendance: when each member was present in each session, at minute resolution, how that reads
 * (present, late, left early, absent, excused), and the evidence behind it.
 *
 * <p>Each session of a group has an {@link org.balint.core.attendance.AttendanceSheet}. Evidence comes
 * from three sources:
 * <ul>
 *   <li><b>attendance reports</b> of the video platform — Zoom's participant list or Teams' attendance
 *       report, exported as CSV — imported with
 *       {@link org.balint.core.attendance.AttendanceSheet#importReport}. Rows are matched to members
 *       by e-mail address, then by name; a row matching nobody or several members is never guessed
 *       but listed as an {@link org.balint.core.attendance.UnmatchedAttendee} for a leader to assign
 *       or dismiss as a guest. A report with any bad row imports nothing and lists every bad row with
 *       its line; the same report imported twice counts once;</li>
 *   <li><b>leader corrections</b> — presence set by hand, excused, absent — which win over the reports
 *       for that member and session, whenever the reports arrive, and are audited;</li>
 *   <li><b>LMS launches</b>, which show that a member came but never add minutes.</li>
 * </ul>
 *
 * <p>A member's effective attendance ({@link org.balint.core.attendance.MemberAttendance}) is the
 * union of their report rows — a member who drops and rejoins, or joins on two devices, has each
 * minute counted once — clipped to the scheduled session, unless a leader corrected it. Its
 * {@link org.balint.core.attendance.AttendanceStatus} follows the group's
 * {@link org.balint.core.attendance.AttendanceThresholds}. A series'
 * {@link org.balint.core.attendance.SeriesAttendance} is what continuing-education credit is computed
 * from; {@link org.balint.core.attendance.AttendanceSheets} is the port through which sheets are stored.
 *
 * <p>Nothing here holds case material or patient details: only who was present, when, and on what
 * evidence.
 */
package org.balint.core.attendance;
