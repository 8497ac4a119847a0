package org.balint.launchload;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * What a load run does: the tool it launches into, how many closed-loop virtual users, how long it
 * warms up and measures, and what a completed launch looks like. Every run is bounded (at most
 * {@value #MAX_USERS} users, {@value #MAX_SECONDS} s measured, {@value #MAX_WARMUP_SECONDS} s warm-up)
 * and only reaches addresses on this machine.
 *
 * @param tool           the tool's base URL: login {@code /lti/login}, launch {@code /lti/launch}
 * @param users          closed-loop virtual users, each doing one launch after the other
 * @param measure        how long launches are measured after the warm-up
 * @param warmup         how long launches run before measuring starts (not counted)
 * @param maxLaunches    stop after this many measured launches, if given
 * @param platformPort   the dev platform's port ({@code 0}: any free one)
 * @param expectStatus   the HTTP status of the tool's launch page
 * @param expectBody     text the launch page must contain
 * @param json           where to write the JSON report, if anywhere
 */
public record LoadSettings(URI tool, int users, Duration measure, Duration warmup, OptionalLong maxLaunches,
        int platformPort, int expectStatus, String expectBody, Optional<Path> json) {

    /** Most virtual users a run may have. */
    public static final int MAX_USERS = 256;
    /** Longest measured time, in seconds. */
    public static final int MAX_SECONDS = 600;
    /** Longest warm-up, in seconds. */
    public static final int MAX_WARMUP_SECONDS = 120;

    private static final Pattern LOOPBACK_V4 = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final List<String> OPTIONS = List.of("tool", "users", "seconds", "warmup", "max-launches",
            "platform-port", "expect-status", "expect-body", "json");

    /** Requires every component. */
    public LoadSettings {
        if (tool == null || measure == null || warmup == null || maxLaunches == null || expectBody == null
                || json == null) {
            throw new IllegalArgumentException("Every setting is required");
        }
    }

    /** The defaults: the local tool at {@code http://localhost:9080}, 8 users, 20 s after 3 s warm-up. */
    public static LoadSettings defaults() {
        return new LoadSettings(URI.create("http://localhost:9080"), 8, Duration.ofSeconds(20), Duration.ofSeconds(3),
                OptionalLong.empty(), 9180, 200, "Welcome", Optional.empty());
    }

    /** The tool's login initiation URL. */
    public URI loginUrl() {
        return tool.resolve("/lti/login");
    }

    /** This run with the given number of users. */
    public LoadSettings withUsers(int newUsers) {
        return new LoadSettings(tool, newUsers, measure, warmup, maxLaunches, platformPort, expectStatus, expectBody,
                json);
    }

    /** This run measuring for the given time after the given warm-up. */
    public LoadSettings withTimes(Duration newMeasure, Duration newWarmup) {
        return new LoadSettings(tool, users, newMeasure, newWarmup, maxLaunches, platformPort, expectStatus,
                expectBody, json);
    }

    /** This run stopping after the given number of measured launches. */
    public LoadSettings withMaxLaunches(long newMax) {
        return new LoadSettings(tool, users, measure, warmup, OptionalLong.of(newMax), platformPort, expectStatus,
                expectBody, json);
    }

    /** This run against the given tool with the dev platform on the given port. */
    public LoadSettings withTool(URI newTool, int newPlatformPort) {
        return new LoadSettings(newTool, users, measure, warmup, maxLaunches, newPlatformPort, expectStatus,
                expectBody, json);
    }

    /** This run expecting the given status and page text. */
    public LoadSettings expecting(int newStatus, String newBody) {
        return new LoadSettings(tool, users, measure, warmup, maxLaunches, platformPort, newStatus, newBody, json);
    }

    /** What is wrong with these settings, each as a sentence saying what to change; empty when usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!"http".equals(tool.getScheme()) && !"https".equals(tool.getScheme()) || tool.getHost() == null) {
            problems.add("--tool must be an http or https URL such as http://localhost:9080, not \"" + tool + "\".");
        } else if (!isLoopback(tool.getHost())) {
            problems.add("--tool must be on this machine (localhost, 127.0.0.0/8 or [::1]), not \"" + tool.getHost()
                    + "\": the load test never sends traffic elsewhere.");
        }
        if (users < 1 || users > MAX_USERS) {
            problems.add("--users must be from 1 to " + MAX_USERS + ", not " + users + ".");
        }
        if (measure.isNegative() || measure.isZero() || measure.compareTo(Duration.ofSeconds(MAX_SECONDS)) > 0) {
            problems.add("--seconds must be from 1 to " + MAX_SECONDS + ", not " + measure.toSeconds() + ".");
        }
        if (warmup.isNegative() || warmup.compareTo(Duration.ofSeconds(MAX_WARMUP_SECONDS)) > 0) {
            problems.add("--warmup must be from 0 to " + MAX_WARMUP_SECONDS + " seconds, not " + warmup.toSeconds()
                    + ".");
        }
        if (maxLaunches.isPresent() && maxLaunches.getAsLong() < 1) {
            problems.add("--max-launches must be at least 1, not " + maxLaunches.getAsLong() + ".");
        }
        if (platformPort < 0 || platformPort > 65_535) {
            problems.add("--platform-port must be from 0 to 65535, not " + platformPort + ".");
        }
        if (expectStatus < 100 || expectStatus > 599) {
            problems.add("--expect-status must be an HTTP status from 100 to 599, not " + expectStatus + ".");
        }
        return List.copyOf(problems);
    }

    static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return "localhost".equalsIgnoreCase(bare) || LOOPBACK_V4.matcher(bare).matches() || "::1".equals(bare)
                || "0:0:0:0:0:0:0:1".equals(bare);
    }

    /**
     * Reads {@code --name value} arguments over the defaults. Unknown options and values that are not
     * numbers where numbers are needed are reported, each as a sentence; the settings are returned only
     * when there is no such problem (their own {@link #problems()} still need checking).
     */
    public static Parsed parse(List<String> args) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.startsWith("--") ? arg.substring(2) : "";
            if (!OPTIONS.contains(name)) {
                problems.add("Unknown option \"" + arg + "\"; the options are --" + String.join(", --", OPTIONS) + ".");
            } else if (i + 1 >= args.size()) {
                problems.add("--" + name + " needs a value.");
            } else {
                values.put(name, args.get(++i));
            }
        }
        LoadSettings d = defaults();
        URI tool = d.tool;
        try {
            tool = URI.create(values.getOrDefault("tool", d.tool.toString()));
        } catch (IllegalArgumentException notUri) {
            problems.add("--tool must be a URL such as http://localhost:9080, not \"" + values.get("tool") + "\".");
        }
        int users = integer(values, "users", d.users, problems);
        int seconds = integer(values, "seconds", (int) d.measure.toSeconds(), problems);
        int warmup = integer(values, "warmup", (int) d.warmup.toSeconds(), problems);
        int port = integer(values, "platform-port", d.platformPort, problems);
        int status = integer(values, "expect-status", d.expectStatus, problems);
        OptionalLong max = values.containsKey("max-launches")
                ? OptionalLong.of(integer(values, "max-launches", 0, problems)) : OptionalLong.empty();
        if (!problems.isEmpty()) {
            return new Parsed(Optional.empty(), problems);
        }
        return new Parsed(Optional.of(new LoadSettings(tool, users, Duration.ofSeconds(seconds),
                Duration.ofSeconds(warmup), max, port, status, values.getOrDefault("expect-body", d.expectBody),
                Optional.ofNullable(values.get("json")).map(Path::of))), List.of());
    }

    private static int integer(Map<String, String> values, String name, int fallback, List<String> problems) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notNumber) {
            problems.add("--" + name + " must be a whole number, not \"" + value + "\".");
            return fallback;
        }
    }

    /**
     * The result of reading arguments.
     *
     * @param settings the settings, when the arguments could be read
     * @param problems what could not be read, each as a sentence
     */
    public record Parsed(Optional<LoadSettings> settings, List<String> problems) {
        /** Copies the problems. */
        public Parsed {
            problems = List.copyOf(problems);
        }
    }
}
