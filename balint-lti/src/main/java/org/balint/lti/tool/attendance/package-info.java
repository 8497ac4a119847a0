/**
 * A leader's attendance taking, free of HTTP: the sessions of the series with how many members were
 * present in each, one session's sheet with every member's attendance, marking a member present or
 * absent or entering their minutes, importing the video platform's attendance report and resolving
 * the attendees it could not match. Each change reads, decides (by the core's attendance sheet) and
 * saves in one transaction, so a refused change leaves nothing half-written.
 */
package org.balint.lti.tool.attendance;
