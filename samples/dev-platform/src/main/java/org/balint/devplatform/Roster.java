package org.balint.devplatform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who and what the platform can launch: its people and its courses with their resource links. Every
 * person takes part in every course in their {@link Role}.
 *
 * <p>{@link #seeded()} is the roster the platform starts with: a group leader, several members with
 * names and e-mail addresses (one without an e-mail address), a teaching assistant and an
 * administrator, in two courses.
 *
 * @param people  everyone who can be launched, ids unique
 * @param courses the courses, ids unique, resource-link ids unique across all courses
 */
public record Roster(List<Person> people, List<Course> courses) {

    /** Ids travel in claims and form fields: 1–255 visible ASCII characters, as LTI requires of sub. */
    private static final Pattern ID = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final int MAX_TEXT = 1_000;

    /** Requires both lists and copies them; {@link #problems()} says whether they are usable. */
    public Roster {
        people = List.copyOf(Objects.requireNonNull(people, "people"));
        courses = List.copyOf(Objects.requireNonNull(courses, "courses"));
    }

    /** The roster the platform starts with. */
    public static Roster seeded() {
        return new Roster(
                List.of(
                        Person.of("1001", "Mira", "Okafor", "mira.okafor@example.org", Role.INSTRUCTOR),
                        Person.of("1002", "Sam", "Rivera", "sam.rivera@example.org", Role.LEARNER),
                        Person.of("1003", "Lena", "Novak", "lena.novak@example.org", Role.LEARNER),
                        Person.of("1004", "Tomás", "Álvarez", "tomas.alvarez@example.org", Role.LEARNER),
                        Person.of("1005", "Grace", "O'Neill", "grace.oneill@example.org", Role.LEARNER),
                        new Person("1006", "Yuki", "Tanaka", Optional.empty(), Role.LEARNER),
                        Person.of("1007", "Jonas", "Weber", "jonas.weber@example.org", Role.TEACHING_ASSISTANT),
                        Person.of("1008", "Priya", "Raman", "priya.raman@example.org", Role.ADMINISTRATOR)),
                List.of(
                        new Course("201", "BAL-FM-2027S", "Balint group for family physicians, spring 2027",
                                List.of(ResourceLink.of("301", "Balint group: Tuesday evenings",
                                                "Eight fortnightly sessions of 90 minutes by video."),
                                        ResourceLink.of("302", "Balint group: Thursday lunchtime",
                                                "Eight weekly sessions of 60 minutes by video."))),
                        new Course("202", "BAL-NP-2027", "Balint group for nurse practitioners & psychologists",
                                List.of(new ResourceLink("303", "Balint group: monthly series",
                                        "Ten monthly sessions of 90 minutes by video.",
                                        Map.of("series", "monthly"))))));
    }

    /** The person with the given id. */
    public Optional<Person> person(String id) {
        return people.stream().filter(person -> person.id().equals(id)).findFirst();
    }

    /** The first person listed with the given role, e.g. the leader or a member for a quick launch. */
    public Optional<Person> firstWith(Role role) {
        return people.stream().filter(person -> person.role() == role).findFirst();
    }

    /** The course with the given id. */
    public Optional<Course> course(String id) {
        return courses.stream().filter(course -> course.id().equals(id)).findFirst();
    }

    /** The course in which the resource link with the given id is placed. */
    public Optional<Course> courseOf(String resourceLinkId) {
        return courses.stream().filter(course -> course.resourceLink(resourceLinkId).isPresent()).findFirst();
    }

    /** Everything that makes this roster unusable; empty when it is fine. */
    public List<Violation> problems() {
        List<Violation> problems = new ArrayList<>();
        if (people.isEmpty()) {
            problems.add(new Violation("roster-without-people", "The roster has nobody to launch; add at least one person."));
        }
        if (courses.isEmpty()) {
            problems.add(new Violation("roster-without-courses", "The roster has no course to launch into; add at least one course."));
        }
        Set<String> personIds = new HashSet<>();
        for (Person person : people) {
            checkId("person", person.id(), problems);
            checkText("person " + person.id(), "given name", person.givenName(), problems);
            checkText("person " + person.id(), "family name", person.familyName(), problems);
            person.email().ifPresent(email -> checkText("person " + person.id(), "e-mail address", email, problems));
            if (!personIds.add(person.id())) {
                problems.add(new Violation("person-id-repeated",
                        "The person id \"" + person.id() + "\" is used twice; give every person their own id."));
            }
        }
        Set<String> courseIds = new HashSet<>();
        Set<String> linkIds = new HashSet<>();
        for (Course course : courses) {
            checkId("course", course.id(), problems);
            checkText("course " + course.id(), "label", course.label(), problems);
            checkText("course " + course.id(), "title", course.title(), problems);
            if (!courseIds.add(course.id())) {
                problems.add(new Violation("course-id-repeated",
                        "The course id \"" + course.id() + "\" is used twice; give every course its own id."));
            }
            if (course.resourceLinks().isEmpty()) {
                problems.add(new Violation("course-without-resource-links",
                        "The course \"" + course.id() + "\" has no resource link; place at least one activity in it."));
            }
            for (ResourceLink link : course.resourceLinks()) {
                checkId("resource link", link.id(), problems);
                checkText("resource link " + link.id(), "title", link.title(), problems);
                if (!linkIds.add(link.id())) {
                    problems.add(new Violation("resource-link-id-repeated",
                            "The resource link id \"" + link.id() + "\" is used twice; ids are unique across all courses."));
                }
                for (String name : link.custom().keySet()) {
                    if (name.isBlank()) {
                        problems.add(new Violation("custom-parameter-name-blank",
                                "The resource link \"" + link.id() + "\" has a custom parameter without a name."));
                    }
                }
            }
        }
        return List.copyOf(problems);
    }

    private static void checkId(String what, String id, List<Violation> problems) {
        if (!ID.matcher(id).matches()) {
            problems.add(new Violation(what.replace(' ', '-') + "-id-invalid",
                    "The " + what + " id \"" + id + "\" must be 1 to 255 visible ASCII characters without spaces."));
        }
    }

    private static void checkText(String owner, String what, String text, List<Violation> problems) {
        if (text.isBlank() || text.length() > MAX_TEXT) {
            problems.add(new Violation(what.replace(' ', '-').replace("e-mail", "email") + "-invalid",
                    "The " + what + " of " + owner + " must be between 1 and " + MAX_TEXT + " characters."));
        }
    }
}
