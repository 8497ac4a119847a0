package org.balint.lti.tool.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
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
 * A group on record for the service tests: led by Dr Hannah Weiss, with four members (Ada, Ben, Carla and
 * Dev), on one platform's deployment; a second platform exists with no groups.
 */
public final class GroupOnRecord {

    public static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, java.time.ZoneOffset.UTC);
    public static final Tenant TENANT = new Tenant("https://moodle.example.edu", "1");
    public static final Tenant OTHER_PLATFORM = new Tenant("https://canvas.example.org", "1");
    public static final GroupId GROUP = new GroupId("balint-spring");
    public static final MemberId LEADER = new MemberId("leader-weiss");
    public static final MemberId ADA = new MemberId("m-ada");
    public static final MemberId BEN = new MemberId("m-ben");
    public static final MemberId CARLA = new MemberId("m-carla");
    public static final MemberId DEV = new MemberId("m-dev");
    public static final MemberId OUTSIDER = new MemberId("m-outsider");

    private GroupOnRecord() {
    }

    /** A fresh database with the group stored for {@link #TENANT} and {@link #OTHER_PLATFORM} registered. */
    public static StandaloneDatabase open() {
        StandaloneDatabase database = StandaloneDatabase.open(DatabaseConnection.derbyInMemory());
        Tenants tenants = new Tenants(CLOCK);
        database.useTransaction(em -> {
            TenantScope scope = tenants.register(em, TENANT);
            tenants.register(em, OTHER_PLATFORM);
            ZoneId berlin = ZoneId.of("Europe/Berlin");
            BalintGroup group = BalintGroup.draft(GROUP)
                    .title("Balint group for family physicians")
                    .schedule(berlin, GroupSchedule.weeklySessions(berlin, LocalDateTime.of(2026, 3, 4, 19, 0), 8,
                            Duration.ofMinutes(90), Duration.ofMinutes(90)))
                    .videoLink("https://meet.example.org/balint")
                    .leader(new FacultyMember(LEADER, "Dr Hannah Weiss", ContactDetails.email("h.weiss@clinic.example")))
                    .rules(GroupRules.defaults().withCapacity(2, 10).withQuorum(2))
                    .validate()
                    .orElseThrow();
            Instant joinedAt = Instant.parse("2026-02-20T10:00:00Z");
            for (Member member : List.of(member(ADA, "Dr Ada Brook"), member(BEN, "Dr Ben Cole"),
                    member(CARLA, "Dr Carla Diaz"), member(DEV, "Dr Dev Patel"))) {
                group = ((MembershipChange.Joined) group.join(member, joinedAt)).group();
            }
            new JpaGroups(scope, () -> em).save(group);
        });
        return database;
    }

    private static Member member(MemberId id, String name) {
        return new Member(id, name, Profession.physician("family medicine"),
                ContactDetails.email(id.value() + "@clinic.example"));
    }
}
