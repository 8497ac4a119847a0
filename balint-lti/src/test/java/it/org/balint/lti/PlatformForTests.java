package it.org.balint.lti;

import java.nio.file.Path;
import org.balint.devplatform.DevPlatformConfig;

/**
 * The dev platform every integration test class starts on the port the build reserved. They all sign
 * with one key, kept in the build directory: the running tool caches the platform's key set and
 * refetches it only a few times a minute, so a fresh key in each class would be refused as unknown.
 */
final class PlatformForTests {

    private static final Path KEY_FILE = Path.of("target", "it-dev-platform-key.json").toAbsolutePath();

    private PlatformForTests() {
    }

    /** The platform pointed at the tool under test, at its reserved port, with the shared signing key. */
    static DevPlatformConfig config() {
        return DevPlatformConfig.forTool(ToolOnLiberty.base())
                .withPort(ToolOnLiberty.platformPort())
                .withKeyFile(KEY_FILE);
    }
}
