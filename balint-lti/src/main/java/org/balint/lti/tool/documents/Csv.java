package org.balint.lti.tool.documents;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Comma-separated values as RFC 4180 writes them: CRLF line ends, a field in double quotes when it
 * holds a comma, a double quote, a line break or surrounding spaces, its double quotes doubled.
 *
 * <p>Safe to open in a spreadsheet: a field that starts with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return would be taken for a formula (CSV injection), so it gets a leading
 * apostrophe ({@code '}) and is shown as the text it is. The file starts with a UTF-8 byte order mark,
 * which spreadsheet programs need to read names with accents correctly.
 */
final class Csv {

    /** The media type of the files. */
    static final String MEDIA_TYPE = "text/csv; charset=utf-8; header=present";

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final StringBuilder text = new StringBuilder(BYTE_ORDER_MARK);
    private final int columns;

    /** A file whose first row is {@code header}. */
    Csv(List<String> header) {
        this.columns = header.size();
        row(header);
    }

    /** Adds a row with exactly as many fields as the header. */
    Csv row(List<String> fields) {
        if (fields.size() != columns) {
            throw new IllegalArgumentException("a row has " + columns + " fields, not " + fields.size());
        }
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(Objects.requireNonNull(fields.get(i), "field")));
        }
        text.append("\r\n");
        return this;
    }

    /** The file as UTF-8 bytes. */
    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One field, neutralised against formulas and quoted when it must be. */
    static String field(String value) {
        String safe = startsLikeAFormula(value) ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0 || (!safe.isEmpty() && (safe.charAt(0) == ' ' || safe.charAt(safe.length() - 1) == ' '));
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean startsLikeAFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
