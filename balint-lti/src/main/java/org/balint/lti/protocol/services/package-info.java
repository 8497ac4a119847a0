/**
 * LTI Advantage service calls from the tool to the platform: the pieces the service clients share.
 *
 * <p>{@link ServiceHttp} sends a request over the JDK's {@link java.net.http.HttpClient} with a
 * timeout and a limit on the size of the answer; {@link JsonValues} reads JSON with Nimbus's bundled
 * JSON utilities and reports every wrong type as a {@link JsonShapeException}; {@link LinkHeader}
 * reads RFC 8288 {@code Link} headers for paging. The clients live in the sub-packages:
 * {@code token} (OAuth 2 client credentials), {@code roster} (Names and Role Provisioning 2.0) and
 * {@code grades} (Assignment and Grade Services 2.0).
 */
package org.balint.lti.protocol.services;
