package org.balint.lti.protocol.message;

import java.util.Optional;

/**
 * A launch that passed every check: signed by a registered platform, fresh, meant for this tool,
 * started by this browser's login, for a known deployment. Immutable; safe to keep and share.
 *
 * <p>Either a {@link ResourceLinkLaunch} or a {@link DeepLinkingRequest}.
 */
public sealed interface LtiLaunch permits ResourceLinkLaunch, DeepLinkingRequest {

    /** What every launch carries. */
    LaunchDetails details();

    /** The message type of this launch. */
    LtiMessageType messageType();

    /** The installation the launch belongs to. */
    default PlatformDeployment deployment() {
        return details().deployment();
    }

    /** The user, absent for an anonymous launch. */
    default Optional<LtiUser> user() {
        return details().user();
    }

    /** The user's roles. */
    default LtiRoles roles() {
        return details().roles();
    }

    /** The context (course), if the launch has one. */
    default Optional<LtiContext> context() {
        return details().context();
    }
}
