package org.balint.devplatform;

import java.util.Objects;
import java.util.Optional;

/**
 * What a developer asks the platform to launch, as the buttons of the home page do: who launches,
 * from which course and resource link, which LTI message, where the tool opens, what the platform
 * shares, and how the login initiation reaches the tool.
 *
 * @param personId        the person launching (becomes {@code login_hint} and {@code sub})
 * @param courseId        the course; for a resource-link launch it may be left out and is then the
 *                        course the link is placed in
 * @param resourceLinkId  the activity launched; required for a resource-link launch, ignored for deep
 *                        linking
 * @param message         resource-link launch or deep-linking request
 * @param target          whether the tool opens in a frame of the platform page or in a new window
 * @param shareName       whether {@code name}, {@code given_name} and {@code family_name} are sent
 * @param shareEmail      whether {@code email} is sent
 * @param platformStorage whether the login initiation advertises platform storage
 *                        ({@code lti_storage_target})
 * @param loginMethod     whether the login initiation is a form POST or a GET redirect
 * @param cookiesBlocked  whether the platform makes the browser withhold the tool's cookies at the launch,
 *                        as a browser blocking third-party cookies does (see {@link #blockingToolCookies})
 */
public record LaunchRequest(
        String personId,
        Optional<String> courseId,
        Optional<String> resourceLinkId,
        Message message,
        Target target,
        boolean shareName,
        boolean shareEmail,
        boolean platformStorage,
        LoginInitiation.Method loginMethod,
        boolean cookiesBlocked) {

    /** The LTI message the launch sends. */
    public enum Message {
        /** {@code LtiResourceLinkRequest}: open an activity. */
        RESOURCE_LINK,
        /** {@code LtiDeepLinkingRequest}: pick content to place in the course. */
        DEEP_LINKING
    }

    /** Where the tool opens, sent as {@code launch_presentation.document_target}. */
    public enum Target {
        /** In a frame of the platform page, as LMSs usually do. */
        IFRAME,
        /** In a new browser window. */
        WINDOW
    }

    /** Requires every component. */
    public LaunchRequest {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(resourceLinkId, "resourceLinkId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(loginMethod, "loginMethod");
    }

    /** A launch that leaves the tool's cookies alone. */
    public LaunchRequest(String personId, Optional<String> courseId, Optional<String> resourceLinkId, Message message,
            Target target, boolean shareName, boolean shareEmail, boolean platformStorage,
            LoginInitiation.Method loginMethod) {
        this(personId, courseId, resourceLinkId, message, target, shareName, shareEmail, platformStorage, loginMethod,
                false);
    }

    /**
     * A resource-link launch of the given person into the given activity: framed, name and e-mail
     * shared, platform storage offered, login initiation by form POST.
     */
    public static LaunchRequest resourceLink(String personId, String resourceLinkId) {
        return new LaunchRequest(personId, Optional.empty(), Optional.of(resourceLinkId), Message.RESOURCE_LINK,
                Target.IFRAME, true, true, true, LoginInitiation.Method.POST);
    }

    /** A deep-linking request of the given person in the given course, with the same defaults. */
    public static LaunchRequest deepLinking(String personId, String courseId) {
        return new LaunchRequest(personId, Optional.of(courseId), Optional.empty(), Message.DEEP_LINKING,
                Target.IFRAME, true, true, true, LoginInitiation.Method.POST);
    }

    /** This launch opening the tool in the given place. */
    public LaunchRequest openingIn(Target newTarget) {
        return new LaunchRequest(personId, courseId, resourceLinkId, message, newTarget, shareName, shareEmail,
                platformStorage, loginMethod, cookiesBlocked);
    }

    /** This launch sharing (or withholding) the person's name and e-mail address. */
    public LaunchRequest sharing(boolean name, boolean email) {
        return new LaunchRequest(personId, courseId, resourceLinkId, message, target, name, email,
                platformStorage, loginMethod, cookiesBlocked);
    }

    /** This launch offering (or not) platform storage to the tool. */
    public LaunchRequest offeringPlatformStorage(boolean offered) {
        return new LaunchRequest(personId, courseId, resourceLinkId, message, target, shareName, shareEmail,
                offered, loginMethod, cookiesBlocked);
    }

    /** This launch initiating the login with the given HTTP method. */
    public LaunchRequest initiatingLoginBy(LoginInitiation.Method method) {
        return new LaunchRequest(personId, courseId, resourceLinkId, message, target, shareName, shareEmail,
                platformStorage, method, cookiesBlocked);
    }

    /**
     * This launch simulating (or not) a browser that blocks third-party cookies: the platform sends the
     * id_token to the tool from a page on its other loopback host name ({@code 127.0.0.1} when the tool
     * is on {@code localhost}, and the other way round), so the browser treats the launch as cross-site
     * and withholds the tool's {@code SameSite=Lax} login cookie.
     */
    public LaunchRequest blockingToolCookies(boolean blocked) {
        return new LaunchRequest(personId, courseId, resourceLinkId, message, target, shareName, shareEmail,
                platformStorage, loginMethod, blocked);
    }
}
