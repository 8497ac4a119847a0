package org.balint.samples.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.balint.core.attendance.AttendanceReport;
import org.balint.core.attendance.AttendanceSheet;
import org.balint.core.attendance.AttendanceThresholds;
import org.balint.core.attendance.ImportSettings;
import org.balint.core.attendance.LeaderCorrection;
import org.balint.core.attendance.ReportImport;
import org.balint.core.attendance.UnmatchedAttendee;
import org.balint.core.audit.Actor;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;
import org.balint.persistence.attendance.JpaAttendanceSheets;
import org.balint.persistence.database.DatabaseConnection;
import org.balint.persistence.database.DatabaseEngine;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.tenant.Tenant;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.Tenants;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Storing and reloading the attendance of 10,000 members over an eight-session series, on embedded
 * Derby (on disk) and on PostgreSQL (127.0.0.1:5432, in a database created for the run and dropped
 * afterwards).
 *
 * <p>The members are spread over 1,000 Balint groups of ten, as real groups are small (eight to twelve
 * clinicians) and a sheet holds one group's session: 8,000 sheets. Each sheet is built through the
 * core as a leader would produce it: a video platform's attendance report imported (some members
 * join late, leave early or drop out and rejoin, some miss the session, now and then a guest dials
 * in and waits to be resolved), every attending member's LMS launch recorded, and occasionally an
 * absent member excused by the leader. About 25 rows per sheet, some 200,000 rows in all.
 *
 * <p>{@code store} saves the whole series for a new institution, one transaction per group (its
 * eight sheets); {@code reload} reads every group's sheets back through
 * {@link JpaAttendanceSheets#findAll}, one transaction per group, as credit evaluation does. The
 * {@code rows} counter is the score that matters: rows (sheet rows plus all their parts) per second.
 * Each invocation does the whole series, so a run is a few invocations of seconds each; keep the
 * iterations few, for example (about fifteen minutes for both engines):
 * <pre>
 * mvn -B -pl samples/benchmarks -am package -DskipTests -Dbench=AttendanceStorageBenchmark -Djmh.args="-f 1 -wi 1 -i 2"
 * </pre>
 * Add {@code -p engine=DERBY} (or {@code POSTGRESQL}) to {@code jmh.args} for one engine only. The
 * PostgreSQL server is reached as user {@code postgres} without a password unless the system properties
 * {@code balint.bench.postgres.host}, {@code .port}, {@code .user} and {@code .password} say otherwise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
public class AttendanceStorageBenchmark {

    static final int MEMBERS = 10_000;
    static final int GROUP_SIZE = 10;
    static final int SESSIONS = 8;

    private static final Instant FIRST_SESSION = Instant.parse("2026-09-07T23:00:00Z");
    private static final DateTimeFormatter REPORT_TIME =
            DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US);
    private static final Actor LEADER = Actor.person(new MemberId("leader"));

    @Param({"DERBY", "POSTGRESQL"})
    public DatabaseEngine engine;

    private StandaloneDatabase database;
    private Path derbyDirectory;
    private String postgresDatabase;
    private List<List<AttendanceSheet>> series;
    private long rowsPerSeries;
    private TenantScope storedInstitution;

    /** Rows written or read, reported by JMH as rows per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Rows {
        public long rows;

        @Setup(Level.Iteration)
        public void reset() {
            rows = 0;
        }
    }

    @Setup(Level.Trial)
    public void openTheDatabaseAndBuildTheSeries() throws IOException {
        database = StandaloneDatabase.open(connection());
        series = new ArrayList<>();
        var random = new SplittableRandom(20260907L);
        for (int group = 0; group < MEMBERS / GROUP_SIZE; group++) {
            series.add(groupSeries(group, random));
        }
        rowsPerSeries = series.stream().flatMap(List::stream).mapToLong(AttendanceStorageBenchmark::rows).sum();
        storedInstitution = store(newInstitution());
        List<AttendanceSheet> reloaded = database.inTransaction(
                em -> new JpaAttendanceSheets(storedInstitution, () -> em).findAll(new GroupId("group-0")));
        if (!reloaded.equals(series.get(0))) {
            throw new IllegalStateException("the stored series does not read back as it was saved");
        }
        System.out.printf(Locale.ROOT, "%n%s: %,d sheets of %,d members, %,d rows per series%n", engine,
                series.size() * SESSIONS, MEMBERS, rowsPerSeries);
    }

    @TearDown(Level.Trial)
    public void dropTheDatabase() throws IOException {
        if (database != null) {
            database.close();
        }
        if (derbyDirectory != null) {
            try {
                DriverManager.getConnection("jdbc:derby:" + derbyDirectory.resolve("balint") + ";shutdown=true").close();
            } catch (SQLException shutDown) {
                // 08006: the database was shut down, as asked
            }
            try (Stream<Path> files = Files.walk(derbyDirectory)) {
                for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(file);
                }
            }
        }
        if (postgresDatabase != null) {
            administer("DROP DATABASE IF EXISTS " + postgresDatabase + " WITH (FORCE)");
        }
    }

    /** Stores the whole series for a new institution. */
    @Benchmark
    public TenantScope store(Rows rows) {
        TenantScope institution = store(newInstitution());
        rows.rows += rowsPerSeries;
        return institution;
    }

    /** Reads every group's sheets back. */
    @Benchmark
    public void reload(Rows rows, Blackhole blackhole) {
        for (int group = 0; group < series.size(); group++) {
            GroupId id = new GroupId("group-" + group);
            blackhole.consume(database.inTransaction(em -> new JpaAttendanceSheets(storedInstitution, () -> em).findAll(id)));
        }
        rows.rows += rowsPerSeries;
    }

    private TenantScope store(TenantScope institution) {
        for (List<AttendanceSheet> sheets : series) {
            database.useTransaction(em -> {
                var adapter = new JpaAttendanceSheets(institution, () -> em);
                sheets.forEach(adapter::save);
            });
        }
        return institution;
    }

    private TenantScope newInstitution() {
        Tenant tenant = new Tenant("https://moodle-" + UUID.randomUUID() + ".example.edu", "1");
        return database.inTransaction(em -> new Tenants(Clock.systemUTC()).register(em, tenant));
    }

    private DatabaseConnection connection() throws IOException {
        if (engine == DatabaseEngine.DERBY) {
            derbyDirectory = Files.createTempDirectory("balint-bench-");
            System.setProperty("derby.stream.error.file", derbyDirectory.resolve("derby.log").toString());
            return DatabaseConnection.derbyDirectory(derbyDirectory.resolve("balint"));
        }
        postgresDatabase = "balint_bench_" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
                .format(LocalDateTime.now(ZoneOffset.UTC)) + "_" + ProcessHandle.current().pid();
        administer("CREATE DATABASE " + postgresDatabase);
        // The driver sends a JDBC batch of inserts as multi-row statements.
        return new DatabaseConnection("jdbc:postgresql://" + host() + ":" + port() + "/" + postgresDatabase
                + "?reWriteBatchedInserts=true", user(), password());
    }

    /** One group's eight sheets, as its leader leaves them after each session. */
    private static List<AttendanceSheet> groupSeries(int group, SplittableRandom random) {
        var members = new ArrayList<Member>();
        for (int i = 0; i < GROUP_SIZE; i++) {
            String id = "g" + group + "-m" + i;
            members.add(new Member(new MemberId(id), "Member " + group + " " + i, Profession.psychologist(),
                    ContactDetails.email(id + "@clinic.example")));
        }
        var sheets = new ArrayList<AttendanceSheet>();
        for (int number = 1; number <= SESSIONS; number++) {
            var session = new ScheduledSession(SessionNumber.of(number), FIRST_SESSION.plus(Duration.ofDays(7L * (number - 1))),
                    Duration.ofMinutes(90));
            AttendanceSheet sheet = AttendanceSheet.open(new GroupId("group-" + group), session,
                    AttendanceThresholds.defaults());
            var report = new StringBuilder("Name,Email,Join time,Leave time\n");
            var attending = new ArrayList<Member>();
            var absent = new ArrayList<Member>();
            for (Member member : members) {
                int roll = random.nextInt(100);
                Instant start = session.start();
                if (roll < 5) {
                    absent.add(member);
                    continue;
                }
                attending.add(member);
                if (roll < 15) {
                    row(report, member, start.plus(Duration.ofMinutes(random.nextInt(5, 30))), session.end());
                } else if (roll < 22) {
                    row(report, member, start.minus(Duration.ofMinutes(2)), start.plus(Duration.ofMinutes(40)));
                    row(report, member, start.plus(Duration.ofMinutes(44)), session.end().plus(Duration.ofMinutes(1)));
                } else {
                    row(report, member, start.minus(Duration.ofMinutes(random.nextInt(0, 5))), session.end());
                }
            }
            if (random.nextInt(5) == 0) {
                report.append("Visiting Colleague,visitor@elsewhere.example,")
                        .append(time(session.start().plus(Duration.ofMinutes(10)))).append(',')
                        .append(time(session.start().plus(Duration.ofMinutes(50)))).append('\n');
            }
            Clock afterwards = Clock.fixed(session.end().plus(Duration.ofHours(12)), ZoneOffset.UTC);
            ReportImport outcome = sheet.importReport(AttendanceReport.of(report.toString()), members,
                    ImportSettings.in(ZoneOffset.UTC), Actor.process("attendance import"), afterwards);
            sheet = outcome.sheet().orElseThrow(() -> new IllegalStateException("report refused: " + outcome));
            for (Member member : attending) {
                sheet = sheet.recordLaunch(member.id(), session.start().minus(Duration.ofMinutes(3)), members)
                        .orElseThrow();
            }
            if (!absent.isEmpty() && random.nextInt(3) == 0) {
                sheet = sheet.markExcused(absent.get(0).id(), members, LEADER, afterwards).orElseThrow();
            }
            sheets.add(sheet);
        }
        return sheets;
    }

    private static void row(StringBuilder report, Member member, Instant joined, Instant left) {
        report.append(member.name()).append(',').append(member.contact().email()).append(',').append(time(joined))
                .append(',').append(time(left)).append('\n');
    }

    private static String time(Instant instant) {
        return REPORT_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** The rows a sheet is stored in: its own, and one per report, row, attendee part, correction part, launch and audit entry. */
    static long rows(AttendanceSheet sheet) {
        long rows = 1 + sheet.reports().size() + sheet.reported().size() + sheet.launches().size() + sheet.audit().size()
                + sheet.corrections().size();
        for (UnmatchedAttendee attendee : sheet.unmatched()) {
            rows += 1 + attendee.rows().size() + attendee.candidates().size();
        }
        for (LeaderCorrection correction : sheet.corrections()) {
            if (correction instanceof LeaderCorrection.PresenceSet set) {
                rows += set.presence().size();
            }
        }
        return rows;
    }

    private static void administer(String sql) {
        String url = "jdbc:postgresql://" + host() + ":" + port() + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " refused '" + sql + "': " + e.getMessage(), e);
        }
    }

    private static String host() {
        return System.getProperty("balint.bench.postgres.host", "127.0.0.1");
    }

    private static int port() {
        return Integer.parseInt(System.getProperty("balint.bench.postgres.port", "5432"));
    }

    private static String user() {
        return System.getProperty("balint.bench.postgres.user", "postgres");
    }

    private static String password() {
        return System.getProperty("balint.bench.postgres.password", "");
    }
}
