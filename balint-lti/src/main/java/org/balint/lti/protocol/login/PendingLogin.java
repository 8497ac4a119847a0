package org.balint.lti.protocol.login;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * A login the tool started and is waiting to see completed by a launch.
 *
 * @param state              the {@code state} sent to the platform; the launch must echo it
 * @param nonce              the {@code nonce} sent to the platform; the id_token must carry it
 * @param browserBindingHash SHA-256 (base64url) of the secret held by the browser that started the login
 * @param issuer             the platform's issuer
 * @param clientId           the client_id the login was for
 * @param deploymentId       the deployment the platform named in the login, if it did
 * @param targetLinkUri      the target_link_uri of the login; the id_token must carry the same
 * @param issuedAt           when the login started
 * @param expiresAt          after this instant the launch is refused
 */
public record PendingLogin(String state, String nonce, String browserBindingHash, String issuer,
        String clientId, Optional<String> deploymentId, URI targetLinkUri, Instant issuedAt, Instant expiresAt) {

    /** Validates the arguments. */
    public PendingLogin {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(browserBindingHash, "browserBindingHash");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(deploymentId, "deploymentId");
        Objects.requireNonNull(targetLinkUri, "targetLinkUri");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (state.isBlank() || nonce.isBlank() || browserBindingHash.isBlank()) {
            throw new IllegalArgumentException("state, nonce and browser binding must not be blank");
        }
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("A login must expire after it was issued");
        }
    }

    /** True if {@code browserBinding} is the secret the starting browser was given (constant-time compare). */
    public boolean isBoundTo(String browserBinding) {
        byte[] presented = hash(browserBinding).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = browserBindingHash.getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(presented, expected);
    }

    /** True if the login can no longer be completed at {@code now}. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The hash stored for a browser binding secret. */
    public static String hash(String browserBinding) {
        Objects.requireNonNull(browserBinding, "browserBinding");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(browserBinding.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
