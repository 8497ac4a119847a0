package org.balint.devplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Keeping the signing key in a file across restarts")
class KeepingTheSigningKeyTest {

    @TempDir
    Path directory;

    @Test
    @DisplayName("a missing key file is created, readable by the owner only, and the key survives a restart")
    void keySurvivesRestart() throws Exception {
        Path keyFile = directory.resolve("keys/platform-key.json");
        String firstKid;
        String firstModulus;
        try (DevPlatform first = DevPlatform.start(DevPlatformConfig.defaults().withKeyFile(keyFile))) {
            firstKid = first.keyId();
            firstModulus = first.publicKeys().getKeys().get(0).toRSAKey().getModulus().toString();
        }
        assertThat(keyFile).exists();
        RSAKey stored = (RSAKey) JWK.parse(Files.readString(keyFile));
        assertThat(stored.isPrivate()).isTrue();
        assertThat(stored.size()).isEqualTo(2048);
        if (Files.getFileStore(keyFile).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(keyFile))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }

        try (DevPlatform second = DevPlatform.start(DevPlatformConfig.defaults().withKeyFile(keyFile))) {
            assertThat(second.keyId()).isEqualTo(firstKid);
            assertThat(second.publicKeys().getKeys().get(0).toRSAKey().getModulus().toString()).isEqualTo(firstModulus);
        }
        try (Stream<Path> leftovers = Files.list(keyFile.getParent())) {
            assertThat(leftovers).containsExactly(keyFile);
        }
    }

    @Test
    @DisplayName("a key file with only a public key is refused")
    void publicKeyOnly() throws Exception {
        Path keyFile = directory.resolve("public.json");
        Files.writeString(keyFile, new RSAKeyGenerator(2048).generate().toPublicJWK().toJSONString());

        assertThatThrownBy(() -> DevPlatform.start(DevPlatformConfig.defaults().withKeyFile(keyFile)))
                .isInstanceOf(IOException.class).hasMessageContaining("only a public key");
    }

    @Test
    @DisplayName("a key file with an RSA key shorter than 2048 bits is refused")
    void weakKey() throws Exception {
        Path keyFile = directory.resolve("weak.json");
        Files.writeString(keyFile, new RSAKeyGenerator(1024, true).generate().toJSONString());

        assertThatThrownBy(() -> DevPlatform.start(DevPlatformConfig.defaults().withKeyFile(keyFile)))
                .isInstanceOf(IOException.class).hasMessageContaining("1024 bits");
    }

    @Test
    @DisplayName("a key file with an elliptic-curve key is refused")
    void notRsa() throws Exception {
        Path keyFile = directory.resolve("ec.json");
        Files.writeString(keyFile, new ECKeyGenerator(Curve.P_256).generate().toJSONString());

        assertThatThrownBy(() -> DevPlatform.start(DevPlatformConfig.defaults().withKeyFile(keyFile)))
                .isInstanceOf(IOException.class).hasMessageContaining("EC");
    }

    @Test
    @DisplayName("a key file that is not a JSON Web Key is refused with what to do")
    void notAKey() throws Exception {
        Path keyFile = directory.resolve("garbage.json");
        Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----");

        assertThatThrownBy(() -> DevPlatform.start(DevPlatformConfig.defaults().withKeyFile(keyFile)))
                .isInstanceOf(IOException.class).hasMessageContaining("not a JSON Web Key")
                .hasMessageContaining("Delete it");
        assertThat(Files.readString(keyFile)).isEqualTo("-----BEGIN PRIVATE KEY-----");
    }

    @Test
    @DisplayName("a key file without a kid gets the key's thumbprint as kid")
    void thumbprintKid() throws Exception {
        Path keyFile = directory.resolve("no-kid.json");
        RSAKey key = new RSAKeyGenerator(2048).generate();
        Files.writeString(keyFile, key.toJSONString());

        try (DevPlatform platform = DevPlatform.start(DevPlatformConfig.defaults().withKeyFile(keyFile))) {
            assertThat(platform.keyId()).isEqualTo(key.computeThumbprint().toString());
        }
    }
}
