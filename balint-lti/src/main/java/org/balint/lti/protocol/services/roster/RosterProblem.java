package org.balint.lti.protocol.services.roster;

/** Why a roster could not be read; each has a stable reason code and says what to do next. */
public enum RosterProblem {

    /** A page is not a membership container: not JSON, a member without user_id, a value of the wrong type. */
    MALFORMED("roster-response-malformed", false,
            "The platform's membership answer is not a valid NRPS membership container; nothing was changed. Report it to the platform's administrator."),
    /** A page is declared as something other than JSON. */
    WRONG_TYPE("roster-response-wrong-type", false,
            "The platform answered the membership request with something other than JSON; nothing was changed. Check the tool's membership service URL."),
    /** A page is larger than the size limit. */
    TOO_LARGE("roster-response-too-large", false,
            "A page of the platform's membership answer is larger than the tool accepts; nothing was changed."),
    /** More members than the limit. */
    TOO_MANY_MEMBERS("roster-too-many-members", false,
            "The course has more members than the tool reads in one roster; nothing was changed. Raise the roster limit if the course is really this large."),
    /** More pages than the limit, or a page links back to one already read. */
    TOO_MANY_PAGES("roster-too-many-pages", false,
            "The platform's membership answer has more pages than the tool follows, or its pages link in a circle; nothing was changed."),
    /** A next or differences link points to another origin than the membership URL. */
    FOREIGN_LINK("roster-link-foreign", false,
            "The platform linked the next page to another site; the tool does not send its access token there. Nothing was changed."),
    /** The platform refused the request (4xx). */
    REFUSED("roster-service-refused", false,
            "The platform refused the membership request. Check that the roster service (Names and Role Provisioning) is enabled for the tool in this course."),
    /** The platform could not be reached, timed out, or failed (5xx). */
    UNAVAILABLE("roster-service-unavailable", true,
            "The platform's membership service did not answer; nothing was changed. Try again later.");

    private final String code;
    private final boolean transientFailure;
    private final String advice;

    RosterProblem(String code, boolean transientFailure, String advice) {
        this.code = code;
        this.transientFailure = transientFailure;
        this.advice = advice;
    }

    /** The stable reason code. */
    public String code() {
        return code;
    }

    /** True if trying again later may succeed without anyone changing a setting. */
    public boolean isTransient() {
        return transientFailure;
    }

    /** What to do next, as a sentence. */
    public String advice() {
        return advice;
    }
}
