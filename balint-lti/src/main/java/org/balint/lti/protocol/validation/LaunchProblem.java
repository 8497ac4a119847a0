package org.balint.lti.protocol.validation;

/**
 * Why a launch was not accepted: a stable lower-case hyphenated code, a sentence for people, and
 * the HTTP status an adapter should answer with.
 */
public sealed interface LaunchProblem permits LaunchRejection, PlatformUnreachable {

    /** The stable reason code, e.g. {@code token-expired}. */
    String code();

    /** What is wrong and what to do, in one or two sentences. */
    String message();

    /** The HTTP status to answer with. */
    int httpStatus();
}
