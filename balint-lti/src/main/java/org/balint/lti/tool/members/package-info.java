/**
 * A leader's view of who asked to join their group: every registration with where it stands and how
 * it was screened (which attestations were given, whether a stressful period was reported; never any
 * clinical detail), the faculty-review queue with its accept and defer decisions (deferral for one of
 * the core's standard reasons), promotion from the waitlist as the core allows, and the outcome of the
 * last roster sync with the course. Free of HTTP: the pages and the JSON API call the same
 * {@link org.balint.lti.tool.members.GroupRoster}.
 */
package org.balint.lti.tool.members;
