package org.balint.lti.tool.roster;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.balint.core.audit.Actor;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.GroupId;
import org.balint.core.group.GroupSchedule;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.registration.Attestation;
import org.balint.core.registration.GroupRegistrations;
import org.balint.core.registration.RegistrationDesk;
import org.balint.core.registration.RegistrationForm;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.protocol.message.RosterService;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.platform.PlatformRegistry;
import org.balint.lti.protocol.services.ServiceHttp;
import org.balint.lti.protocol.services.roster.RosterClient;
import org.balint.lti.protocol.services.roster.RosterLimits;
import org.balint.lti.protocol.support.MutableClock;
import org.balint.lti.protocol.support.StaticTokens;
import org.balint.lti.protocol.support.StubHttpServer;
import org.balint.lti.support.TestDataSources;
import org.balint.lti.tool.course.CourseBindings;
import org.balint.lti.tool.course.InMemoryBalintRecords;
import org.balint.lti.tool.course.LmsUser;
import org.balint.lti.tool.course.PlacementEndpoints;
import org.balint.lti.tool.course.Tenancy;
import org.balint.lti.tool.course.UserLink;
import org.balint.lti.tool.course.UserLinks;
import org.balint.lti.tool.placement.CourseKey;
import org.balint.persistence.tenant.Tenant;

/**
 * A placement of course 2 on a stand-in platform, bound to a Balint group led by Dr. Mira Leader, with
 * the tool's tables on a fresh database and Balint's records in memory: the sync under test reads the
 * roster from the stub server over real HTTP with {@link RosterClient}.
 */
final class RosterRig implements AutoCloseable {

    static final String MEMBERSHIPS = "/mod/lti/services.php/CourseSection/2/bindings/1/memberships";
    static final String CLIENT_ID = "moodle-client";
    static final Instant NOW = Instant.parse("2027-01-04T09:00:00Z");

    final StubHttpServer server = StubHttpServer.start();
    final StaticTokens tokens = new StaticTokens();
    final MutableClock clock = new MutableClock(NOW);
    final DataSource dataSource;
    final CourseBindings bindings;
    final UserLinks users;
    final PlacementEndpoints endpoints;
    final RosterSyncStates states;
    final InMemoryBalintRecords records = new InMemoryBalintRecords();
    final CourseKey key;
    final Tenant tenant;
    final GroupId groupId = new GroupId("g-roster");
    final RosterSync sync;

    RosterRig(String purpose) {
        dataSource = TestDataSources.fresh(purpose);
        bindings = new CourseBindings(dataSource, clock);
        users = new UserLinks(dataSource, clock);
        endpoints = new PlacementEndpoints(dataSource, clock);
        states = new RosterSyncStates(dataSource);
        key = new CourseKey(new PlatformDeployment(server.origin(), CLIENT_ID, "1"), Optional.of("2"), "link-1");
        tenant = Tenancy.of(key.deployment());
        sync = syncOn(dataSource, RosterLimits.defaults());
    }

    /** Another node's sync over the same database and records. */
    RosterSync syncOn(DataSource shared, RosterLimits limits) {
        PlatformRegistration platform = new PlatformRegistration(server.origin(), CLIENT_ID, server.url("/auth"),
                server.url("/token"), server.url("/certs"), Set.of("1"));
        PlatformRegistry registry = new PlatformRegistry() {
            @Override
            public Optional<PlatformRegistration> find(String issuer, String clientId) {
                return issuer.equals(platform.issuer()) && clientId.equals(CLIENT_ID) ? Optional.of(platform) : Optional.empty();
            }

            @Override
            public List<PlatformRegistration> findByIssuer(String issuer) {
                return find(issuer, CLIENT_ID).stream().toList();
            }
        };
        RosterClient client = new RosterClient(new ServiceHttp(HttpClient.newHttpClient(), Duration.ofSeconds(5), 64 * 1024),
                tokens, limits);
        return new RosterSync(client, registry, endpoints, bindings, new UserLinks(shared, clock), records,
                new RosterSyncStates(shared), clock);
    }

    /** The group is set up by its leader (bound and stored), and the course offers NRPS. */
    RosterRig withGroup() {
        FacultyMember leader = new FacultyMember(link("1", "Mira Leader", "mira.leader@example.edu").member(), "Mira Leader",
                ContactDetails.email("mira.leader@example.edu"));
        ZoneId zone = ZoneId.of("America/Toronto");
        BalintGroup group = BalintGroup.draft(groupId).title("Balint group, spring")
                .schedule(zone, GroupSchedule.weeklySessions(zone, LocalDateTime.of(2027, 2, 2, 19, 0), 8,
                        Duration.ofMinutes(90), Duration.ofMinutes(90)))
                .videoLink("https://meet.example.org/balint").leader(leader).validate().orElseThrow();
        bindings.bindIfAbsent(key, groupId);
        records.inTransaction(tenant, r -> {
            r.groups().add(group);
            return null;
        });
        endpoints.record(key, Optional.empty(), Optional.of(new RosterService(server.url(MEMBERSHIPS), List.of("2.0"))));
        return this;
    }

    /** The user's link, as their launch would have made it. */
    UserLink link(String subject, String name, String email) {
        return users.link(new LmsUser(key.deployment().issuer(), CLIENT_ID, subject, Optional.of(name), Optional.of(email)));
    }

    Optional<UserLink> findLink(String subject) {
        return users.find(new LmsUser(key.deployment().issuer(), CLIENT_ID, subject, Optional.empty(), Optional.empty()));
    }

    /** The learner launched and registered (accepted, unless the group is full). */
    MemberId registered(String subject, String name, String email) {
        MemberId id = link(subject, name, email).member();
        records.inTransaction(tenant, r -> new RegistrationDesk(r.groups(), r.registrations(), clock).register(groupId,
                new RegistrationForm(new Member(id, name, Profession.physician("family medicine"), ContactDetails.email(email)),
                        EnumSet.allOf(Attestation.class), false), Actor.person(id)));
        return id;
    }

    BalintGroup group() {
        return records.groupsOf(tenant).get(groupId);
    }

    GroupRegistrations registrations() {
        return records.inTransaction(tenant, r -> r.registrations().forGroup(groupId)).orElseThrow();
    }

    URI url(String pathAndQuery) {
        return server.url(pathAndQuery);
    }

    @Override
    public void close() {
        server.close();
    }
}
