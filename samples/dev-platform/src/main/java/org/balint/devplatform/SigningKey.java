package org.balint.devplatform;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Optional;

/**
 * The platform's RSA 2048 signing key: generated at start, or read from a JSON Web Key file (written
 * there, readable by the owner only, when the file does not exist yet) so the key and its {@code kid}
 * stay the same across restarts. The {@code kid} is the key's RFC 7638 thumbprint.
 */
final class SigningKey {

    static final int KEY_SIZE = 2048;

    private final RSAKey key;
    private final RSASSASigner signer;
    private final JWKSet publicKeys;

    private SigningKey(RSAKey key) {
        this.key = key;
        try {
            this.signer = new RSASSASigner(key);
        } catch (JOSEException unusable) {
            throw new IllegalStateException("The RSA key cannot sign", unusable);
        }
        this.publicKeys = new JWKSet(key.toPublicJWK());
    }

    /** A fresh key, or the key kept in the given file (created when missing). */
    static SigningKey of(Optional<Path> keyFile) throws IOException {
        return new SigningKey(keyFile.isPresent() ? readOrCreate(keyFile.get()) : generate());
    }

    String keyId() {
        return key.getKeyID();
    }

    /** The public half only, as published at the JWKS endpoint. */
    JWKSet publicKeys() {
        return publicKeys;
    }

    /** The claims signed RS256 with {@code typ: JWT} and this key's {@code kid}, in compact form. */
    String sign(JWTClaimsSet claims) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(key.getKeyID())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException failed) {
            throw new IllegalStateException("Signing with the platform key failed", failed);
        }
        return jwt.serialize();
    }

    /**
     * Any payload, even one that is not valid JSON, signed RS256 with {@code typ: JWT} and this key's
     * {@code kid}: for tests that send a tool well-signed but hostile id_tokens.
     */
    String signPayload(String payload) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(key.getKeyID())
                .build();
        JWSObject jws = new JWSObject(header, new Payload(payload));
        try {
            jws.sign(signer);
        } catch (JOSEException failed) {
            throw new IllegalStateException("Signing with the platform key failed", failed);
        }
        return jws.serialize();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_SIZE)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException failed) {
            throw new IllegalStateException("The JDK cannot generate an RSA 2048 key", failed);
        }
    }

    private static RSAKey readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return read(file);
        }
        RSAKey generated = generate();
        write(file, generated);
        return generated;
    }

    private static RSAKey read(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        JWK jwk;
        try {
            jwk = JWK.parse(json);
        } catch (ParseException malformed) {
            throw new IOException("The key file " + file + " is not a JSON Web Key: " + malformed.getMessage()
                    + ". Delete it to have a new key generated, or point to a valid RSA private JWK.");
        }
        if (!(jwk instanceof RSAKey)) {
            throw new IOException("The key file " + file + " holds a " + jwk.getKeyType()
                    + " key; the platform signs with an RSA private key.");
        }
        RSAKey rsa = (RSAKey) jwk;
        if (!rsa.isPrivate()) {
            throw new IOException("The key file " + file + " holds only a public key; the platform needs the "
                    + "private key to sign.");
        }
        if (rsa.size() < KEY_SIZE) {
            throw new IOException("The key file " + file + " holds an RSA key of " + rsa.size()
                    + " bits; use at least " + KEY_SIZE + " bits.");
        }
        try {
            return new RSAKey.Builder(rsa)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint()
                    .build();
        } catch (JOSEException failed) {
            throw new IOException("The key in " + file + " has no usable thumbprint: " + failed.getMessage());
        }
    }

    private static void write(Path file, RSAKey key) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, ".dev-platform-key", ".tmp");
        try {
            restrictToOwner(temporary);
            Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, file);
            }
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(temporary);
            throw new IOException("The key file " + file + " appeared while it was being created; start again.");
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Owner read and write only, where the file system has POSIX permissions. */
    private static void restrictToOwner(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
