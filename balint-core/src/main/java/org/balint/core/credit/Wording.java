package org.balint.core.credit;

import java.util.Set;
import java.util.StringJoiner;
import org.balint.core.group.Discipline;

/** Shared phrasing for explanations, so every decision reads the same way. */
final class Wording {

    private Wording() {
    }

    static String minutes(long minutes) {
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    static String sessions(long count) {
        return count == 1 ? "1 session" : count + " sessions";
    }

    static String hoursAndMinutes(long minutes) {
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return minutes(rest);
        }
        String h = hours == 1 ? "1 hour" : hours + " hours";
        return rest == 0 ? h : h + " " + minutes(rest);
    }

    static String plural(Discipline discipline) {
        return discipline == Discipline.OTHER ? "other clinicians" : discipline.label() + "s";
    }

    /** "physicians", "physicians and psychologists", "physicians, nurse practitioners and psychologists". */
    static String disciplines(Set<Discipline> disciplines) {
        if (disciplines.size() == Discipline.values().length) {
            return "every profession";
        }
        var names = disciplines.stream().sorted().map(Wording::plural).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        var head = new StringJoiner(", ");
        names.subList(0, names.size() - 1).forEach(head::add);
        return head + " and " + names.get(names.size() - 1);
    }

    /** {@code text} with its first letter in upper case, to open a sentence. */
    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "a physician", "an anaesthetist", "another clinician (chaplain)". */
    static String article(String noun) {
        if (noun.startsWith("other ")) {
            return "an" + noun;
        }
        return "aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " + noun : "a " + noun;
    }
}
