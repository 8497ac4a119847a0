/**
 * OAuth 2 client-credentials access tokens for LTI Advantage services
 * (<a href="https://www.imsglobal.org/spec/security/v1p0/#using-json-web-tokens-with-oauth-2-0-client-credentials-grant">Security
 * Framework 4.1</a>, RFC 7523 {@code private_key_jwt}).
 *
 * <p>{@link ClientCredentialsTokens} signs a client assertion with the tool's key, asks the platform's
 * token endpoint for a token, caches it per registration and scope set until shortly before it
 * expires, and lets only one request per cache key be in flight: concurrent callers wait for the
 * same answer. It counts the token requests it sends. Failures are {@link TokenRequestFailed} with
 * a {@link TokenProblem} reason code.
 */
package org.balint.lti.protocol.services.token;
