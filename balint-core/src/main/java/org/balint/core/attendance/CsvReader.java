package org.balint.core.attendance;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma- (or tab-) separated text as exported by video platforms: fields may be quoted, a quote
 * inside a quoted field is doubled, quoted fields may contain separators and line breaks, lines end
 * in LF, CRLF or CR, and a leading byte-order mark is ignored.
 */
final class CsvReader {

    /** One record and the line of the file it starts on. */
    record Record(int line, List<String> fields) {
        Record {
            fields = List.copyOf(fields);
        }

        boolean isBlank() {
            return fields.stream().allMatch(f -> f.isBlank());
        }
    }

    /** The records read, and the problems met on the way (reading stops at an unterminated quote). */
    record Table(List<Record> records, List<BadRow> problems) {
        Table {
            records = List.copyOf(records);
            problems = List.copyOf(problems);
        }
    }

    private final String text;
    private final char separator;
    private int at;
    private int line = 1;

    private CsvReader(String text, char separator) {
        this.text = text;
        this.separator = separator;
        this.at = text.startsWith("\uFEFF") ? 1 : 0;
    }

    /** Reads {@code text}, guessing the separator from its first line. */
    static Table read(String text) {
        return read(text, separatorOf(text));
    }

    static Table read(String text, char separator) {
        return new CsvReader(text, separator).readAll();
    }

    /** A tab when the first line has more tabs than commas (Teams' older exports), otherwise a comma. */
    static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long tabs = first.chars().filter(c -> c == '\t').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return tabs > commas ? '\t' : ',';
    }

    private Table readAll() {
        var records = new ArrayList<Record>();
        var problems = new ArrayList<BadRow>();
        while (at < text.length()) {
            int recordLine = line;
            var fields = new ArrayList<String>();
            boolean more = true;
            while (more) {
                var field = new StringBuilder();
                if (at < text.length() && text.charAt(at) == '"') {
                    if (!readQuoted(field)) {
                        problems.add(BadRow.of(recordLine, "unterminated-quote", "a quoted field starting on this"
                                + " line is never closed, so the rest of the file cannot be read; add the"
                                + " missing closing quote (\")"));
                        return new Table(records, problems);
                    }
                    if (at < text.length() && !atFieldEnd()) {
                        problems.add(BadRow.of(line, "text-after-quote", "there is text after the closing quote"
                                + " of a field; put the whole field in quotes and double any quote inside it"));
                        readUnquoted(field);
                    }
                } else {
                    readUnquoted(field);
                }
                fields.add(field.toString());
                if (at < text.length() && text.charAt(at) == separator) {
                    at++;
                } else {
                    skipLineBreak();
                    more = false;
                }
            }
            records.add(new Record(recordLine, fields));
        }
        return new Table(records, problems);
    }

    /** Reads a quoted field after its opening quote; false when the file ends before the closing quote. */
    private boolean readQuoted(StringBuilder field) {
        at++;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"') {
                if (at + 1 < text.length() && text.charAt(at + 1) == '"') {
                    field.append('"');
                    at += 2;
                } else {
                    at++;
                    return true;
                }
            } else {
                if (c == '\n' || (c == '\r' && !(at + 1 < text.length() && text.charAt(at + 1) == '\n'))) {
                    line++;
                }
                field.append(c);
                at++;
            }
        }
        return false;
    }

    private void readUnquoted(StringBuilder field) {
        while (at < text.length() && !atFieldEnd()) {
            field.append(text.charAt(at));
            at++;
        }
    }

    private boolean atFieldEnd() {
        char c = text.charAt(at);
        return c == separator || c == '\n' || c == '\r';
    }

    private void skipLineBreak() {
        if (at >= text.length()) {
            return;
        }
        if (text.charAt(at) == '\r') {
            at++;
            if (at < text.length() && text.charAt(at) == '\n') {
                at++;
            }
        } else {
            at++;
        }
        line++;
    }
}
