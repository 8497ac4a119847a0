package it.org.balint.lti;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.balint.devplatform.Course;
import org.balint.devplatform.DevPlatform;
import org.balint.devplatform.Roster;
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
    static DevPlatformConfig config(URI tool) {
        return DevPlatformConfig.forTool(tool)
                .withPort(ToolOnLiberty.platformPort())
                .withKeyFile(KEY_FILE);
    }

    /** The dev platform on node 1, with the seeded roster and {@code course} added, once node 1 is ready. */
    static DevPlatform startWith(Course course) throws Exception {
        Roster seeded = Roster.seeded();
        List<Course> courses = new ArrayList<>(seeded.courses());
        courses.add(course);
        DevPlatform platform = DevPlatform.start(config(ToolOnLiberty.node1()).withRoster(new Roster(seeded.people(),
                courses)));
        ToolOnLiberty.awaitReady(ToolOnLiberty.node1());
        return platform;
    }
}
