/**
 * Attendance: when each member was present in each session, at minute resolution, and where that
 * evidence came from.
 */
package org.balint.core.attendance;
