package org.balint.lti.protocol.services.grades;

/** Why a line-item call failed; each has a stable reason code and says what to do next. */
public enum GradeProblem {

    /** The answer is not a line item (container): not JSON, a missing id or label, a value of the wrong type. */
    MALFORMED("line-items-response-malformed", false,
            "The platform's line-item answer is not valid AGS JSON; nothing was changed. Report it to the platform's administrator."),
    /** The answer is declared as something other than JSON. */
    WRONG_TYPE("line-items-response-wrong-type", false,
            "The platform answered the line-item request with something other than JSON. Check the tool's line-items service URL."),
    /** The answer is larger than the size limit. */
    TOO_LARGE("line-items-response-too-large", false,
            "The platform's line-item answer is larger than the tool accepts."),
    /** More pages than the limit, or pages that link in a circle. */
    TOO_MANY_PAGES("line-items-too-many-pages", false,
            "The platform's line-item list has more pages than the tool follows, or its pages link in a circle."),
    /** A next link to another origin than the container. */
    FOREIGN_LINK("line-items-link-foreign", false,
            "The platform linked the next page of line items to another site; the tool does not send its access token there."),
    /** The platform refused the request (4xx). */
    REFUSED("line-items-refused", false,
            "The platform refused the line-item request. Check that grade publishing (Assignment and Grade Services) is enabled for the tool in this course."),
    /** The line item does not exist (404, 410). */
    GONE("line-item-gone", false,
            "The gradebook column no longer exists; it was probably deleted in the course."),
    /** The platform could not be reached, timed out, or failed (5xx, 429). */
    UNAVAILABLE("line-items-unavailable", true,
            "The platform's grade service did not answer. Try again later.");

    private final String code;
    private final boolean transientFailure;
    private final String advice;

    GradeProblem(String code, boolean transientFailure, String advice) {
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
