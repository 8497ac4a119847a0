package org.balint.lti.protocol.services.token;

/** Why no access token could be obtained; each has a stable reason code. */
public enum TokenProblem {

    /** The token endpoint answered with an OAuth error (4xx other than 429): credentials, key or scopes not accepted. */
    REFUSED("token-endpoint-refused", false,
            "The platform refused the tool's token request. Check that the tool's key set URL and client_id are registered in the platform and that the requested services are enabled for the tool."),
    /** The token endpoint could not be reached, timed out, was busy (429) or failed (5xx). */
    UNREACHABLE("token-endpoint-unreachable", true,
            "The platform's token endpoint did not answer. The call will be retried; if it persists, check the platform's token URL and that the platform is up."),
    /** The token endpoint answered 2xx with something that is not a bearer token response. */
    MALFORMED("token-response-malformed", false,
            "The platform's token endpoint answered with something that is not a valid token response. Check that the registered token URL is the platform's OAuth 2 token endpoint.");

    private final String code;
    private final boolean transientFailure;
    private final String advice;

    TokenProblem(String code, boolean transientFailure, String advice) {
        this.code = code;
        this.transientFailure = transientFailure;
        this.advice = advice;
    }

    /** The stable reason code, e.g. {@code token-endpoint-refused}. */
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
