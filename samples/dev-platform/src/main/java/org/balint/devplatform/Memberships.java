package org.balint.devplatform;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who belongs to each course, as the NRPS membership service reports it. Every person of the roster
 * starts as an active member of every course; tests add people, mark members inactive or remove them
 * while the platform runs. A removed member is kept with status Deleted so the {@code differences}
 * link can report the removal. Every change gets the next number of a platform-wide sequence; the
 * {@code differences} link names the number it was issued at. At most
 * {@value #MAX_MEMBERS_PER_COURSE} people per course, removed ones included. Thread-safe.
 */
public final class Memberships {

    /** The most people a course holds, removed members included. */
    public static final int MAX_MEMBERS_PER_COURSE = 10_000;

    /** A membership status in NRPS 2.0's vocabulary. */
    public enum Status {
        /** Takes part in the course. */
        ACTIVE("Active"),
        /** Enrolled but suspended. */
        INACTIVE("Inactive"),
        /** Removed from the course; reported by the differences link only. */
        DELETED("Deleted");

        private final String nrpsName;

        Status(String nrpsName) {
            this.nrpsName = nrpsName;
        }

        /** The name NRPS sends, e.g. {@code Active}. */
        public String nrpsName() {
            return nrpsName;
        }
    }

    /**
     * A person's membership of a course.
     *
     * @param person    who
     * @param status    active, inactive or removed
     * @param changedAt when the membership last changed, by the platform's clock
     * @param version   the sequence number of that change
     */
    public record Member(Person person, Status status, Instant changedAt, long version) {
        /** Requires every component. */
        public Member {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(changedAt, "changedAt");
        }
    }

    private final Clock clock;
    private final Map<String, LinkedHashMap<String, Member>> courses = new LinkedHashMap<>();
    private long sequence;
    private volatile MembershipFault fault = MembershipFault.NONE;

    Memberships(Roster roster, Clock clock) {
        this.clock = clock;
        Instant now = clock.instant();
        for (Course course : roster.courses()) {
            LinkedHashMap<String, Member> members = new LinkedHashMap<>();
            roster.people().forEach(person -> members.put(person.id(), new Member(person, Status.ACTIVE, now, 0)));
            courses.put(course.id(), members);
        }
    }

    /**
     * Adds the person to the course as an active member, or makes an existing membership active
     * again with the given details.
     *
     * @throws IllegalArgumentException when the course is unknown
     * @throws IllegalStateException    when the course already holds {@value #MAX_MEMBERS_PER_COURSE} people
     */
    public synchronized void add(String courseId, Person person) {
        LinkedHashMap<String, Member> members = course(courseId);
        if (!members.containsKey(person.id()) && members.size() >= MAX_MEMBERS_PER_COURSE) {
            throw new IllegalStateException("The course " + courseId + " already holds " + MAX_MEMBERS_PER_COURSE
                    + " people.");
        }
        members.put(person.id(), new Member(person, Status.ACTIVE, clock.instant(), ++sequence));
    }

    /**
     * Makes the membership service answer every request with {@code fault} from now on (a malformed or
     * wrongly typed container, an HTML page, a server error), until it is set back to
     * {@link MembershipFault#NONE}. The memberships themselves do not change.
     */
    public void answerWith(MembershipFault fault) {
        this.fault = Objects.requireNonNull(fault, "fault");
    }

    /** How the membership service answers now. */
    public MembershipFault fault() {
        return fault;
    }

    /** Marks the member inactive (suspended); false when they are not an active member. */
    public synchronized boolean deactivate(String courseId, String personId) {
        return change(courseId, personId, Status.INACTIVE);
    }

    /** Removes the member from the course; false when they are not a member. */
    public synchronized boolean remove(String courseId, String personId) {
        return change(courseId, personId, Status.DELETED);
    }

    /** Every membership of the course, removed ones included, in the order people joined. */
    public synchronized List<Member> members(String courseId) {
        return List.copyOf(course(courseId).values());
    }

    /** The membership of one person in a course, whatever its status. */
    public synchronized Optional<Member> member(String courseId, String personId) {
        return Optional.ofNullable(courses.get(courseId)).map(members -> members.get(personId));
    }

    /** The number of the latest change; a differences link issued now names it. */
    synchronized long version() {
        return sequence;
    }

    /** Current members (not removed) when {@code since} is empty; else every membership changed after it. */
    synchronized List<Member> listing(String courseId, Optional<Long> since) {
        List<Member> listed = new ArrayList<>();
        for (Member member : course(courseId).values()) {
            boolean wanted = since.isPresent() ? member.version() > since.get() : member.status() != Status.DELETED;
            if (wanted) {
                listed.add(member);
            }
        }
        return listed;
    }

    private boolean change(String courseId, String personId, Status status) {
        LinkedHashMap<String, Member> members = course(courseId);
        Member member = members.get(personId);
        if (member == null || member.status() == Status.DELETED || member.status() == status) {
            return false;
        }
        members.put(personId, new Member(member.person(), status, clock.instant(), ++sequence));
        return true;
    }

    private LinkedHashMap<String, Member> course(String courseId) {
        LinkedHashMap<String, Member> members = courses.get(courseId);
        if (members == null) {
            throw new IllegalArgumentException("There is no course with the id " + courseId);
        }
        return members;
    }
}
