package org.balint.core.rotation;

import java.util.ArrayList;
import java.util.List;

/** How lists of names and sessions read in a sentence: "Ames, Baker and Chen", "sessions 3 to 6 and 8". */
final class Wording {

    private Wording() {
    }

    static String names(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** Session numbers in ascending order, runs of three or more written as ranges. */
    static String sessions(List<Integer> numbers) {
        var parts = new ArrayList<String>();
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(numbers.get(i) + " to " + numbers.get(j));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(String.valueOf(numbers.get(k)));
                }
            }
            i = j + 1;
        }
        boolean plural = numbers.size() > 1;
        return (plural ? "sessions " : "session ") + names(parts);
    }

    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
