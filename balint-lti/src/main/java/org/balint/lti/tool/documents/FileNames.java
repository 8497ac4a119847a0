package org.balint.lti.tool.documents;

import java.text.Normalizer;
import java.util.Locale;

/** File names for downloads: ASCII letters, digits and hyphens only, so every browser and LMS keeps them. */
final class FileNames {

    private static final int MAX = 60;

    private FileNames() {
    }

    /** {@code text} as a file name stem (accents dropped, everything else a hyphen), or {@code fallback}. */
    static String safe(String text, String fallback) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (plain.length() > MAX) {
            plain = plain.substring(0, MAX).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? fallback : plain;
    }
}
