package org.balint.core.attendance;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares people's names the way a leader would: ignoring case, accents, punctuation dots, extra
 * spaces and the "Last, First" order some systems use.
 */
final class PersonName {

    private static final Pattern WITH_ORIGINAL = Pattern.compile("(.*?)\\s*\\((.+)\\)\\s*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private PersonName() {
    }

    /** The comparable form of {@code name}: "Lima, Ana" and "ana  LIMA" both give "ana lima". */
    static String key(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        plain = plain.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('.', ' ');
        int comma = plain.indexOf(',');
        if (comma >= 0 && comma == plain.lastIndexOf(',')) {
            plain = plain.substring(comma + 1) + " " + plain.substring(0, comma);
        }
        return plain.replace(',', ' ').strip().replaceAll("\\s+", " ");
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
