package org.balint.lti.protocol.store;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.ParseException;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the tool's private keys for storage: a compact JWE with direct encryption ({@code dir})
 * and AES-256-GCM ({@code A256GCM}), under a 256-bit key derived from a secret by PBKDF2 with
 * HMAC-SHA-256. The key id of the tool key travels in the protected header ({@value #KID_PARAMETER}),
 * which GCM authenticates, so an encrypted key cannot be moved to another key's row unnoticed.
 */
public final class ToolKeyCipher {

    /** The shortest secret accepted, in characters. */
    public static final int MINIMUM_SECRET_LENGTH = 32;
    /** The protected header parameter naming the tool key that is encrypted. */
    static final String KID_PARAMETER = "tool-kid";

    private static final byte[] SALT = "lti-tool-key-encryption-v1".getBytes(StandardCharsets.UTF_8);
    private static final int ITERATIONS = 100_000;

    private final SecretKey key;

    private ToolKeyCipher(SecretKey key) {
        this.key = key;
    }

    /**
     * A cipher keyed by {@code secret}.
     *
     * @throws IllegalArgumentException when the secret is shorter than {@value #MINIMUM_SECRET_LENGTH} characters
     */
    public static ToolKeyCipher fromSecret(String secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length() < MINIMUM_SECRET_LENGTH) {
            throw new IllegalArgumentException("The key-encryption secret must have at least "
                    + MINIMUM_SECRET_LENGTH + " characters");
        }
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), SALT, ITERATIONS, 256);
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return new ToolKeyCipher(new SecretKeySpec(derived, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime lacks PBKDF2WithHmacSHA256", e);
        }
    }

    /** {@code privateKey} (with its private part) as a compact JWE. */
    public String encrypt(RSAKey privateKey) {
        Objects.requireNonNull(privateKey, "privateKey");
        JWEObject jwe = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM)
                .contentType("jwk+json")
                .customParam(KID_PARAMETER, privateKey.getKeyID())
                .build(), new Payload(privateKey.toJSONString()));
        try {
            jwe.encrypt(new DirectEncrypter(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("This Java runtime cannot encrypt with AES-256-GCM", e);
        }
        return jwe.serialize();
    }

    /**
     * The private key in {@code compactJwe}, which must be the key {@code kid}.
     *
     * @throws IllegalStateException when it cannot be decrypted with this cipher's secret, or holds
     *                               another key
     */
    public RSAKey decrypt(String compactJwe, String kid) {
        Objects.requireNonNull(compactJwe, "compactJwe");
        Objects.requireNonNull(kid, "kid");
        try {
            JWEObject jwe = JWEObject.parse(compactJwe);
            if (!kid.equals(jwe.getHeader().getCustomParam(KID_PARAMETER))) {
                throw new IllegalStateException("The encrypted tool key stored for '" + kid + "' belongs to another key");
            }
            jwe.decrypt(new DirectDecrypter(key));
            JWK jwk = JWK.parse(jwe.getPayload().toString());
            if (!(jwk instanceof RSAKey) || !jwk.isPrivate() || !kid.equals(jwk.getKeyID())) {
                throw new IllegalStateException("The encrypted tool key stored for '" + kid + "' is not its RSA private key");
            }
            return (RSAKey) jwk;
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("The tool key '" + kid + "' stored in the database cannot be decrypted "
                    + "with the key-encryption secret this tool was started with (" + e.getMessage() + ")", e);
        }
    }
}
