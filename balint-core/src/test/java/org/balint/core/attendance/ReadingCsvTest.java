package org.balint.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReadingCsvTest {

    private static List<List<String>> fields(CsvReader.Table table) {
        return table.records().stream().map(CsvReader.Record::fields).toList();
    }

    @Test
    @DisplayName("plain fields are split at commas, one record per line")
    void plainFields() {
        var table = CsvReader.read("Name,Email\nAna Lima,ana@x.example\n");

        assertThat(fields(table)).containsExactly(List.of("Name", "Email"), List.of("Ana Lima", "ana@x.example"));
        assertThat(table.problems()).isEmpty();
    }

    @Test
    @DisplayName("a quoted field keeps its commas and its doubled quotes become one quote")
    void quotedFields() {
        var table = CsvReader.read("\"Lima, Ana\",\"Ana \"\"Nan\"\" Lima\",plain");

        assertThat(fields(table)).containsExactly(List.of("Lima, Ana", "Ana \"Nan\" Lima", "plain"));
    }

    @Test
    @DisplayName("CRLF and lone CR end lines as LF does, and each record knows its line")
    void lineEndings() {
        var table = CsvReader.read("a,b\r\nc,d\re,f\n");

        assertThat(fields(table)).containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"));
        assertThat(table.records()).extracting(CsvReader.Record::line).containsExactly(1, 2, 3);
    }

    @Test
    @DisplayName("a line break inside quotes stays in the field and the next record starts on the right line")
    void lineBreakInsideQuotes() {
        var table = CsvReader.read("name,note\r\n\"Ana\r\nLima\",x\r\nTom,y\r\n");

        assertThat(fields(table)).containsExactly(List.of("name", "note"), List.of("Ana\r\nLima", "x"),
                List.of("Tom", "y"));
        assertThat(table.records()).extracting(CsvReader.Record::line).containsExactly(1, 2, 4);
    }

    @Test
    @DisplayName("a leading byte-order mark is not part of the first heading")
    void byteOrderMark() {
        assertThat(fields(CsvReader.read("\uFEFFName,Email\n")).get(0)).containsExactly("Name", "Email");
    }

    @Test
    @DisplayName("empty fields, a trailing comma and a missing final line break are read as written")
    void emptyFields() {
        assertThat(fields(CsvReader.read("a,,c,\n,"))).containsExactly(List.of("a", "", "c", ""), List.of("", ""));
    }

    @Test
    @DisplayName("blank lines are kept as blank records")
    void blankLines() {
        var table = CsvReader.read("a\n\nb\n");

        assertThat(table.records()).extracting(CsvReader.Record::isBlank).containsExactly(false, true, false);
    }

    @Test
    @DisplayName("a quote that is never closed is reported at the line where its field starts")
    void unterminatedQuote() {
        var table = CsvReader.read("name,email\nAna,a@x.example\n\"Tom,t@x.example\nMei,m@x.example\n");

        assertThat(table.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.code()).isEqualTo("unterminated-quote");
        });
        assertThat(table.records()).hasSize(2);
    }

    @Test
    @DisplayName("text after a closing quote is reported with its line")
    void textAfterQuote() {
        var table = CsvReader.read("name,email\n\"Ana\" Lima,a@x.example\n");

        assertThat(table.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.code()).isEqualTo("text-after-quote");
        });
    }

    @Test
    @DisplayName("a file whose first line has more tabs than commas is read as tab-separated")
    void tabSeparated() {
        var table = CsvReader.read("Full Name\tJoin Time\nLima, Ana\t3/15/2026, 6:00:00 PM\n");

        assertThat(fields(table)).containsExactly(List.of("Full Name", "Join Time"),
                List.of("Lima, Ana", "3/15/2026, 6:00:00 PM"));
    }
}
