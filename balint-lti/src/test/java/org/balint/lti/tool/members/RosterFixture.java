package org.balint.lti.tool.members;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import org.balint.core.audit.Actor;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.GroupId;
import org.balint.core.group.GroupRules;
import org.balint.core.group.GroupSchedule;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.registration.Attestation;
import org.balint.core.registration.RegistrationDesk;
import org.balint.core.registration.RegistrationForm;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.tool.course.InMemoryBalintRecords;
import org.balint.lti.tool.course.Tenancy;
import org.balint.lti.tool.placement.CourseKey;
import org.balint.persistence.tenant.Tenant;

/** A spring group led by Dr. Levi with Dr. Okafor co-leading, and the people who register for it. */
final class RosterFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    static final PlatformDeployment MOODLE = new PlatformDeployment("https://moodle.example.edu", "moodle-client", "1");
    static final Tenant TENANT = Tenancy.of(MOODLE);
    static final CourseKey PLACEMENT = new CourseKey(MOODLE, Optional.of("course-7"), "link-7");
    static final GroupId GROUP = new GroupId("spring-group");
    static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    static final FacultyMember LEVI = new FacultyMember(new MemberId("f-levi"), "Dr. Ruth Levi",
            ContactDetails.email("ruth.levi@example.org"));
    static final FacultyMember OKAFOR = new FacultyMember(new MemberId("f-okafor"), "Dr. Chidi Okafor",
            ContactDetails.email("c.okafor@example.org"));

    final InMemoryBalintRecords records = new InMemoryBalintRecords();

    private RosterFixture() {
    }

    /** The group with room for {@code places} members, stored, nobody registered yet. */
    static RosterFixture aGroupWithPlaces(int places) {
        RosterFixture fixture = new RosterFixture();
        BalintGroup group = BalintGroup.draft(GROUP).title("Balint group, spring")
                .schedule(ZURICH, GroupSchedule.weeklySessions(ZURICH, LocalDateTime.of(2027, 1, 14, 19, 0), 8,
                        Duration.ofMinutes(90), Duration.ofMinutes(90)))
                .videoLink("https://meet.example.org/balint-spring").leader(LEVI).coLeader(OKAFOR)
                .rules(GroupRules.defaults().withCapacity(Math.min(places, 6), places).withQuorum(Math.min(places, 4)))
                .validate().orElseThrow();
        fixture.records.inTransaction(TENANT, r -> {
            r.groups().save(group);
            return null;
        });
        return fixture;
    }

    static Member person(String id, String name) {
        return new Member(new MemberId(id), name, Profession.physician("family medicine"),
                ContactDetails.email(id + "@example.org"));
    }

    /** {@code who} registers with every attestation, reporting a stressful period when {@code stressful}. */
    RosterFixture registers(Member who, boolean stressful) {
        return submits(new RegistrationForm(who, EnumSet.allOf(Attestation.class), stressful));
    }

    RosterFixture submits(RegistrationForm form) {
        records.inTransaction(TENANT, r -> new RegistrationDesk(r.groups(), r.registrations(), CLOCK)
                .register(GROUP, form, Actor.person(form.registrant().id())));
        return this;
    }

    BalintGroup group() {
        return records.inTransaction(TENANT, r -> r.groups().find(GROUP)).orElseThrow();
    }

    GroupRoster roster() {
        return new GroupRoster(records, key -> Optional.empty(), CLOCK);
    }
}
