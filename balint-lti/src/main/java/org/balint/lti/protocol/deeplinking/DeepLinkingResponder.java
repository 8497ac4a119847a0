package org.balint.lti.protocol.deeplinking;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.message.DeepLinkingRequest;
import org.balint.lti.protocol.message.DeepLinkingSettings;
import org.balint.lti.protocol.message.LtiClaims;
import org.balint.lti.protocol.message.PlatformDeployment;

/**
 * Signs {@code LtiDeepLinkingResponse} messages with the tool key. Thread-safe.
 *
 * <p>The response goes from the tool (iss = the tool's client_id) to the platform (aud = its issuer),
 * names the request's deployment, echoes the request's {@code data}, and carries the chosen
 * {@code ltiResourceLink} items. An empty list is allowed: it tells the platform nothing was chosen.
 */
public final class DeepLinkingResponder {

    /** The claim holding the content items. */
    public static final String CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    /** The claim echoing the request's {@code data}. */
    public static final String DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
    /** The message type of the response. */
    public static final String MESSAGE_TYPE = "LtiDeepLinkingResponse";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ToolKeyRing keys;
    private final Clock clock;
    private final Duration lifetime;

    /**
     * @param keys     the tool's keys; the active one signs
     * @param clock    the time for {@code iat} and {@code exp}
     * @param lifetime how long the response is valid; keep it within the key ring's overlap window
     */
    public DeepLinkingResponder(ToolKeyRing keys, Clock clock, Duration lifetime) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("lifetime must be positive");
        }
    }

    /**
     * The signed response to {@code request} carrying {@code items}.
     *
     * @throws DeepLinkingRefused if the items do not fit the request's settings
     */
    public DeepLinkingReply respond(DeepLinkingRequest request, List<ResourceLinkItem> items) {
        return respond(request.details().deployment(), request.settings(), items);
    }

    /**
     * The signed response carrying {@code items}, to a request of {@code deployment} with
     * {@code settings}: for a tool that keeps the request's settings between the request and the
     * user's choice rather than the whole request.
     *
     * @throws DeepLinkingRefused if the items do not fit the settings
     */
    public DeepLinkingReply respond(PlatformDeployment deployment, DeepLinkingSettings settings,
            List<ResourceLinkItem> items) {
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(items, "items");
        URI returnUrl = settings.returnUrl();
        if (!returnUrl.isAbsolute() || returnUrl.getHost() == null
                || !("https".equalsIgnoreCase(returnUrl.getScheme()) || "http".equalsIgnoreCase(returnUrl.getScheme()))) {
            throw new DeepLinkingRefused(DeepLinkingProblem.RETURN_URL_INVALID);
        }
        if (!items.isEmpty() && !settings.acceptsResourceLinks()) {
            throw new DeepLinkingRefused(DeepLinkingProblem.RESOURCE_LINKS_NOT_ACCEPTED);
        }
        if (items.size() > 1 && !settings.acceptMultiple()) {
            throw new DeepLinkingRefused(DeepLinkingProblem.MULTIPLE_ITEMS_NOT_ACCEPTED);
        }
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(deployment.clientId())
                .audience(deployment.issuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .claim(LtiClaims.NONCE, nonce())
                .claim(LtiClaims.DEPLOYMENT_ID, deployment.deploymentId())
                .claim(LtiClaims.MESSAGE_TYPE, MESSAGE_TYPE)
                .claim(LtiClaims.VERSION, "1.3.0")
                .claim(CONTENT_ITEMS, items.stream().map(ResourceLinkItem::toJson).toList());
        settings.data().ifPresent(data -> claims.claim(DATA, data));
        return new DeepLinkingReply(returnUrl, sign(claims.build()));
    }

    private String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT).keyID(keys.signingKey().getKeyID()).build(), claims);
        try {
            jwt.sign(keys.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("The tool key cannot sign a deep-linking response", e);
        }
        return jwt.serialize();
    }

    private static String nonce() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
