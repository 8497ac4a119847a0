package org.balint.lti.protocol.login;

/** The outcome of a login initiation: a redirect to the platform, or a refusal. */
public sealed interface LoginResult permits LoginRedirect, LoginRefused {
}
