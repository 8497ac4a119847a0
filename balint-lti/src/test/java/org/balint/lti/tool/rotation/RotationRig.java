package org.balint.lti.tool.rotation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.GroupId;
import org.balint.core.group.GroupRules;
import org.balint.core.group.GroupSchedule;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.MembershipChange;
import org.balint.core.group.Profession;
import org.balint.persistence.database.DatabaseConnection;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.group.JpaGroups;
import org.balint.persistence.tenant.Tenant;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.Tenants;

/**
 * A group of four physicians (Ames, Baker, Chen, Diaz) over six weekly sessions from Wednesday 4 March 2026,
 * 19:00 in Berlin, one case a session, stored in an in-memory database, with a clock the test moves.
 */
public final class RotationRig implements AutoCloseable {

    public static final Instant BEFORE_START = Instant.parse("2026-03-01T10:00:00Z");
    public static final Instant AFTER_SESSION_ONE = Instant.parse("2026-03-05T10:00:00Z");
    public static final MemberId LEADER = new MemberId("leader-weiss");
    public static final GroupId GROUP = new GroupId("balint-rotation");
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    public final MovableClock clock = new MovableClock(BEFORE_START);
    final StandaloneDatabase database = StandaloneDatabase.open(DatabaseConnection.derbyInMemory());
    public final Tenant tenant = new Tenant("https://moodle.example.edu", "1");
    final TenantScope scope;
    public final GroupRotation rotation;
    private final AtomicInteger ids = new AtomicInteger();

    public RotationRig(List<String> members) {
        Tenants tenants = new Tenants(clock);
        scope = database.inTransaction(em -> tenants.register(em, tenant));
        database.useTransaction(em -> {
            BalintGroup group = BalintGroup.draft(GROUP)
                    .title("Balint group for family physicians")
                    .numberOfSessions(6)
                    .schedule(BERLIN, GroupSchedule.weeklySessions(BERLIN, LocalDateTime.of(2026, 3, 4, 19, 0), 6,
                            Duration.ofMinutes(90), Duration.ofMinutes(90)))
                    .videoLink("https://meet.example.org/balint")
                    .leader(new FacultyMember(LEADER, "Dr. Hannah Weiss", ContactDetails.email("h.weiss@clinic.example")))
                    .rules(GroupRules.defaults().withCapacity(2, 10).withQuorum(2))
                    .validate().orElseThrow();
            for (String name : members) {
                group = ((MembershipChange.Joined) group.join(member(name), BEFORE_START)).group();
            }
            new JpaGroups(scope, () -> em).save(group);
        });
        rotation = new GroupRotation(database::inTransaction, tenants, clock, () -> "request-" + ids.incrementAndGet());
    }

    public static MemberId id(String name) {
        return new MemberId("m-" + name.toLowerCase(java.util.Locale.ROOT));
    }

    static Member member(String name) {
        return new Member(id(name), name, Profession.physician("family medicine"),
                ContactDetails.email(name.toLowerCase(java.util.Locale.ROOT) + "@clinic.example"));
    }

    public void join(String name) {
        join(member(name));
    }

    /** Takes {@code newcomer} into the group now. */
    public void join(Member newcomer) {
        database.useTransaction(em -> {
            JpaGroups groups = new JpaGroups(scope, () -> em);
            groups.save(((MembershipChange.Joined) groups.find(GROUP).orElseThrow().join(newcomer, clock.instant())).group());
        });
    }

    public void leave(String name) {
        database.useTransaction(em -> {
            JpaGroups groups = new JpaGroups(scope, () -> em);
            groups.save(((MembershipChange.Left) groups.find(GROUP).orElseThrow().leave(id(name), clock.instant())).group());
        });
    }

    public LeaderRotation leader() {
        return rotation.leaderView(tenant, GROUP).orElseThrow();
    }

    public MemberRotation memberView(String name) {
        return rotation.memberView(tenant, GROUP, id(name)).orElseThrow();
    }

    /** The plan shown to the leader as "1: Ames | 2: Baker ...". */
    String shown() {
        LeaderRotation view = leader();
        return view.shown().map(plan -> plan.slots().stream()
                .map(s -> s.session().value() + ": " + view.nameOf(s.presenter()))
                .reduce((a, b) -> a + " | " + b).orElse("")).orElse("no plan");
    }

    /** Publishes the proposal shown now. */
    public RotationAnswer publish() {
        return rotation.publish(tenant, GROUP, LEADER, leader().proposal().orElseThrow().fingerprint());
    }

    @Override
    public void close() {
        database.close();
    }

    /** A clock the test moves forward. */
    public static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        public void set(Instant instant) {
            this.now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
