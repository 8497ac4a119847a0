/**
 * Balint groups: the series of sessions, its schedule, the people in it (members and faculty) and the
 * rules a group must satisfy before it can run.
 */
package org.balint.core.group;
