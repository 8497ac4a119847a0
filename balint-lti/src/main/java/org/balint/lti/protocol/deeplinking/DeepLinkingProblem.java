package org.balint.lti.protocol.deeplinking;

/** Why a deep-linking response cannot be sent; each has a stable reason code and says what to do next. */
public enum DeepLinkingProblem {

    /** The platform's {@code accept_types} do not include {@code ltiResourceLink}. */
    RESOURCE_LINKS_NOT_ACCEPTED("resource-links-not-accepted",
            "This place in the course does not accept tool links. Add the tool from the course's activity or content picker instead."),
    /** Several items chosen, but the platform accepts only one. */
    MULTIPLE_ITEMS_NOT_ACCEPTED("multiple-items-not-accepted",
            "This place in the course accepts only one item. Choose one."),
    /** The return URL is not an http(s) URL. */
    RETURN_URL_INVALID("return-url-invalid",
            "The platform's deep-linking return address is not a web address; start again from the course.");

    private final String code;
    private final String advice;

    DeepLinkingProblem(String code, String advice) {
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
