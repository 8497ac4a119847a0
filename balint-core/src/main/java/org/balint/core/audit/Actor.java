package org.balint.core.audit;

import java.util.Objects;
import org.balint.core.group.MemberId;

/**
 * Who caused a change: a person (a registrant, member, leader, committee chair…) or an automatic
 * process of the system (for example "waitlist promotion" or "attendance import").
 */
public sealed interface Actor permits Actor.Person, Actor.Process {

    /** A person, identified as everywhere else in the core. */
    record Person(MemberId id) implements Actor {
        public Person {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String toString() {
            return id.value();
        }
    }

    /** An automatic process, named in a few words ("waitlist promotion"). */
    record Process(String name) implements Actor {
        public Process {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("name the process");
            }
        }

        @Override
        public String toString() {
            return "system (" + name + ")";
        }
    }

    static Actor person(MemberId id) {
        return new Person(id);
    }

    static Actor process(String name) {
        return new Process(name);
    }
}
