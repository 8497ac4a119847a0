package org.balint.launchload;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.balint.devplatform.Course;
import org.balint.devplatform.DevPlatform;
import org.balint.devplatform.DevPlatformConfig;
import org.balint.devplatform.LaunchRequest;
import org.balint.devplatform.Person;
import org.balint.devplatform.ResourceLink;

/**
 * The launch load test: starts the dev platform in this process, pointed at the tool, and lets
 * closed-loop virtual users launch into the tool for a bounded time. Each user launches the roster's
 * people into the roster's resource links in turn, so leaders, members and administrators all launch.
 * Launches that start during the warm-up are not counted.
 *
 * <p>The tool must have the dev platform registered: issuer {@code http://127.0.0.1:<port>}, client_id
 * {@code balint-dev-tool}, deployment {@code 1}, authorization URL {@code http://localhost:<port>/auth},
 * JWKS {@code http://127.0.0.1:<port>/.well-known/jwks.json}; the Balint tool's defaults are exactly
 * these for port 9180.
 */
public final class LaunchLoad {

    private LaunchLoad() {
    }

    /**
     * Runs the load with the given options ({@code --tool}, {@code --users}, {@code --seconds},
     * {@code --warmup}, {@code --max-launches}, {@code --platform-port}, {@code --expect-status},
     * {@code --expect-body}, {@code --json}); exits with 0 when every measured launch completed, 1 when
     * some failed and 2 when the options are not usable.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        LoadSettings.Parsed parsed = LoadSettings.parse(args);
        List<String> problems = parsed.settings().map(LoadSettings::problems).orElse(parsed.problems());
        if (!problems.isEmpty()) {
            problems.forEach(problem -> err.println("launch-load: " + problem));
            return 2;
        }
        LoadSettings settings = parsed.settings().orElseThrow();
        try (DevPlatform platform = DevPlatform.start(DevPlatformConfig.forTool(settings.tool())
                .withPort(settings.platformPort()))) {
            out.println("launch-load: dev platform " + platform.issuer() + " (client_id "
                    + platform.config().clientId() + ", deployment " + platform.config().deploymentId()
                    + ", authorization " + platform.authorizationEndpoint() + ", JWKS " + platform.jwksUri()
                    + ") launching into " + settings.loginUrl());
            LoadReport report = run(settings, platform);
            out.print(report.toText());
            if (settings.json().isPresent()) {
                Files.writeString(settings.json().get(), report.toJson() + System.lineSeparator(),
                        StandardCharsets.UTF_8);
                out.println("launch-load: JSON report in " + settings.json().get());
            }
            return report.failed() == 0 && report.completed() > 0 ? 0 : 1;
        }
    }

    /** Runs the load through a platform that is already started; blocks until the run ends. */
    public static LoadReport run(LoadSettings settings, DevPlatform platform) throws InterruptedException {
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        List<LaunchRequest> requests = launches(platform);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        LaunchFlow flow = new LaunchFlow(client, platform, settings.expectStatus(), settings.expectBody());
        long start = System.nanoTime();
        long measureFrom = start + settings.warmup().toNanos();
        long end = measureFrom + settings.measure().toNanos();
        AtomicLong measuredStarts = new AtomicLong();
        long cap = settings.maxLaunches().orElse(Long.MAX_VALUE);
        List<VirtualUser> users = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < settings.users(); i++) {
            VirtualUser user = new VirtualUser(i, flow, requests, measureFrom, end, measuredStarts, cap);
            users.add(user);
            Thread thread = new Thread(user, "launch-load-user-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        long joinBy = end + Duration.ofSeconds(30).toNanos();
        for (Thread thread : threads) {
            thread.join(Math.max(1, (joinBy - System.nanoTime()) / 1_000_000));
        }
        long finished = System.nanoTime();
        long[] latencies = new long[0];
        long completed = 0;
        Map<String, Long> errors = new HashMap<>();
        for (VirtualUser user : users) {
            long[] own = user.latencies();
            long[] merged = Arrays.copyOf(latencies, latencies.length + own.length);
            System.arraycopy(own, 0, merged, latencies.length, own.length);
            latencies = merged;
            completed += own.length;
            user.errors().forEach((kind, count) -> errors.merge(kind, count, Long::sum));
        }
        long unfinished = threads.stream().filter(Thread::isAlive).count();
        if (unfinished > 0) {
            errors.merge("user-did-not-finish", unfinished, Long::sum);
            threads.forEach(Thread::interrupt);
        }
        double measured = Math.max(0, finished - measureFrom) / 1e9;
        return new LoadReport(settings.tool().toString(), settings.users(), settings.warmup().toMillis() / 1000.0,
                measured, completed, errors, LatencySummary.ofNanos(latencies));
    }

    /** Every person of the roster into every resource link, people first. */
    static List<LaunchRequest> launches(DevPlatform platform) {
        List<LaunchRequest> requests = new ArrayList<>();
        for (Course course : platform.config().roster().courses()) {
            for (ResourceLink link : course.resourceLinks()) {
                for (Person person : platform.config().roster().people()) {
                    requests.add(LaunchRequest.resourceLink(person.id(), link.id()));
                }
            }
        }
        return List.copyOf(requests);
    }

    /** One closed-loop user: launches until the end of the run, keeping only measured launches. */
    private static final class VirtualUser implements Runnable {

        private final int index;
        private final LaunchFlow flow;
        private final List<LaunchRequest> requests;
        private final long measureFrom;
        private final long end;
        private final AtomicLong measuredStarts;
        private final long cap;
        private final Map<String, Long> errors = new HashMap<>();
        private long[] latencies = new long[1024];
        private int count;

        VirtualUser(int index, LaunchFlow flow, List<LaunchRequest> requests, long measureFrom, long end,
                AtomicLong measuredStarts, long cap) {
            this.index = index;
            this.flow = flow;
            this.requests = requests;
            this.measureFrom = measureFrom;
            this.end = end;
            this.measuredStarts = measuredStarts;
            this.cap = cap;
        }

        @Override
        public void run() {
            int next = index;
            try {
                for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                    boolean measured = now >= measureFrom;
                    if (measured && measuredStarts.incrementAndGet() > cap) {
                        return;
                    }
                    Outcome outcome = flow.launch(requests.get(next % requests.size()));
                    next++;
                    long took = System.nanoTime() - now;
                    if (!measured) {
                        continue;
                    }
                    if (outcome instanceof Outcome.Failed failed) {
                        errors.merge(failed.kind(), 1L, Long::sum);
                    } else {
                        record(took);
                    }
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        private void record(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }

        synchronized long[] latencies() {
            return Arrays.copyOf(latencies, count);
        }

        synchronized Map<String, Long> errors() {
            return Map.copyOf(errors);
        }
    }
}
