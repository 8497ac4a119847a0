package org.balint.core.grievance;

/**
 * Whether faculty may see who filed a grievance. The committee chair handling it always sees the
 * complainant; with {@link #ANONYMOUS_TO_FACULTY} the faculty-facing view leaves the name out.
 */
public enum Disclosure {
    /** Faculty see who filed the grievance. */
    NAMED,
    /** Faculty see the grievance without the complainant's name; the committee chair still sees it. */
    ANONYMOUS_TO_FACULTY
}
