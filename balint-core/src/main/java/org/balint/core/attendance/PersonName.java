package org.balint.core.attendance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compares people's names the way a leader would: ignoring case, accents, punctuation dots, extra
 * spaces, the "Last, First" order some systems use, and the titles and clinical credentials people
 * put in their display names ("Dr. Ana Lima", "Jin Park, LCSW", "Ramírez, José MD").
 */
final class PersonName {

    private static final Pattern WITH_ORIGINAL = Pattern.compile("(.*?)\\s*\\((.+)\\)\\s*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Dotted abbreviations such as "M.D." or "Ph. D.", read as one word ("md", "phd"). */
    private static final Pattern DOTTED = Pattern.compile("\\b([a-z]{1,3})\\.\\s?([a-z]{1,2})\\.(?=\\s|,|$)");
    /** Forms of address and clinical credentials: not part of who someone is. */
    private static final Set<String> TITLES_AND_CREDENTIALS = Set.of("dr", "doctor", "prof", "professor", "mr",
            "mrs", "ms", "mx", "md", "do", "mbbs", "phd", "psyd", "edd", "dnp", "np", "fnp", "pmhnp", "aprn", "rn",
            "pa", "lcsw", "licsw", "lmsw", "msw", "lpc", "lmft", "mph", "faafp", "facp", "mdiv", "bcc");

    private PersonName() {
    }

    /**
     * The comparable form of {@code name}: "Lima, Ana", "ana  LIMA" and "Dr. Ana Lima, MD" all give
     * "ana lima".
     */
    static String key(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        plain = plain.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        plain = DOTTED.matcher(plain).replaceAll("$1$2").replace('.', ' ');
        var parts = new ArrayList<>(List.of(plain.split(",", -1)));
        while (parts.size() > 1 && isOnlyTitlesAndCredentials(parts.get(parts.size() - 1))) {
            parts.remove(parts.size() - 1);
        }
        if (parts.size() == 2) {
            parts = new ArrayList<>(List.of(parts.get(1), parts.get(0)));
        }
        return Arrays.stream(SPACES.split(String.join(" ", parts).strip()))
                .filter(word -> !TITLES_AND_CREDENTIALS.contains(word))
                .collect(Collectors.joining(" "));
    }

    private static boolean isOnlyTitlesAndCredentials(String part) {
        return Arrays.stream(SPACES.split(part.strip())).allMatch(TITLES_AND_CREDENTIALS::contains);
    }

    /**
     * The comparable forms of a name as a report shows it. Zoom writes a renamed participant as
     * "Display Name (Original Name)"; both names are candidates.
     */
    static Set<String> keys(String reportedName) {
        var keys = new LinkedHashSet<String>();
        keys.add(key(reportedName));
        Matcher original = WITH_ORIGINAL.matcher(reportedName);
        if (original.matches()) {
            keys.add(key(original.group(1)));
            keys.add(key(original.group(2)));
        }
        keys.remove("");
        return keys;
    }
}
