package org.balint.lti.protocol.registration;

/** Why a dynamic registration failed; each has a stable reason code and says what to do next. */
public enum RegistrationProblem {

    /** The configuration URL or the registration endpoint is not https (plain http only on a loopback address). */
    INSECURE_URL("registration-url-insecure",
            "The platform's registration addresses must use https. Start the registration from the platform's https address."),
    /** The OpenID configuration could not be fetched (no answer, timeout, 5xx). */
    CONFIGURATION_UNREACHABLE("openid-configuration-unreachable",
            "The platform's OpenID configuration could not be read. Check that the platform is reachable from the tool and start the registration again."),
    /** The OpenID configuration request was refused (4xx other than 401/403). */
    CONFIGURATION_REFUSED("openid-configuration-refused",
            "The platform refused to give its OpenID configuration. Start the registration again from the platform."),
    /** The configuration is not JSON, or lacks a required endpoint or the LTI platform claim. */
    CONFIGURATION_MALFORMED("openid-configuration-malformed",
            "The platform's OpenID configuration is incomplete or invalid for LTI 1.3; the tool cannot register with it. Register the tool manually instead."),
    /** The configuration's issuer is not of the same origin as the configuration URL, or is not https. */
    ISSUER_MISMATCH("openid-configuration-issuer-mismatch",
            "The platform's OpenID configuration names an issuer on another site than the one it was fetched from, so it cannot be trusted. Start the registration again from the platform itself."),
    /** The platform did not accept the registration token (401, 403). */
    TOKEN_INVALID("registration-token-invalid",
            "The platform did not accept the registration token; it may have expired or been used already. Start the registration again from the platform."),
    /** The registration endpoint refused the registration (4xx, 5xx). */
    REGISTRATION_REFUSED("registration-refused",
            "The platform refused the tool's registration. See the platform's message and check the tool's addresses."),
    /** The registration endpoint could not be reached or timed out. */
    REGISTRATION_UNREACHABLE("registration-endpoint-unreachable",
            "The platform's registration endpoint did not answer. Start the registration again later."),
    /** The registration answer is not a client registration (no client_id, wrong types). */
    RESPONSE_MALFORMED("registration-response-malformed",
            "The platform's answer to the registration is not a valid client registration. Check the tool in the platform and register it manually if needed."),
    /** The registration answer names no deployment. */
    DEPLOYMENT_MISSING("registration-deployment-missing",
            "The platform registered the tool but named no deployment. Add a deployment of the tool in the platform and register it manually.");

    private final String code;
    private final String advice;

    RegistrationProblem(String code, String advice) {
        this.code = code;
        this.advice = advice;
    }

    /** The stable reason code. */
    public String code() {
        return code;
    }

    /** What to do next, as a sentence. */
    public String advice() {
        return advice;
    }
}
