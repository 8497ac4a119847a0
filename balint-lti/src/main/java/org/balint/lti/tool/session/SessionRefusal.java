package org.balint.lti.tool.session;

import java.util.Objects;

/**
 * Why a page request was refused its launch session. Every refusal is answered {@code 401} with a page
 * that sends the person back to their course to launch again.
 */
public enum SessionRefusal {
    /** The request carried no session token. */
    SESSION_MISSING("session-missing", "This page needs the session of a launch, and none came with the request."),
    /** The token belongs to no session this tool started (mistyped, forged, or from another tool). */
    SESSION_UNKNOWN("session-unknown", "This page's session is not one this tool started."),
    /** The session has expired. */
    SESSION_EXPIRED("session-expired", "This page's session has expired."),
    /** The form's CSRF token is missing or is not the session's. */
    CSRF_TOKEN_INVALID("csrf-token-invalid", "This form did not come from the page the tool showed you.");

    /** What every refusal tells the person to do. */
    public static final String WHAT_TO_DO = "Launch Balint again from your course: open the activity in the LMS.";

    private final String code;
    private final String sentence;

    SessionRefusal(String code, String sentence) {
        this.code = code;
        this.sentence = Objects.requireNonNull(sentence);
    }

    /** The stable reason code. */
    public String code() {
        return code;
    }

    /** What went wrong and what to do next. */
    public String message() {
        return sentence + " " + WHAT_TO_DO;
    }

    /** The HTTP status: always 401. */
    public int httpStatus() {
        return 401;
    }
}
