/**
 * The typed result of a successful LTI 1.3 launch: who launched ({@link LtiUser}, {@link LtiRoles}),
 * from where ({@link LtiContext}, {@link ResourceLink}, {@link PlatformInstance}), how it should be
 * shown ({@link LaunchPresentation}) and which LTI Advantage services the platform offers
 * ({@link GradeService}, {@link RosterService}).
 *
 * <p>{@link LtiLaunch} is sealed: a {@link ResourceLinkLaunch} (a user opens a link) or a
 * {@link DeepLinkingRequest} (an instructor picks content to place in the course). All claim names
 * live in {@link LtiClaims} (<a href="https://www.imsglobal.org/spec/lti/v1p3/#required-message-claims">LTI
 * Core 1.3, section 5</a>). Every type here is an immutable value; absent claims are
 * {@link java.util.Optional} or empty collections, never {@code null}.
 */
package org.balint.lti.protocol.message;
