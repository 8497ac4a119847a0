package org.balint.lti.tool.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Writing CSV files that spreadsheets open safely")
class WritingCsvSafelyTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+1", "-2", "@SUM(A1)", "\tx", "=HYPERLINK(\"https://evil.example\")"})
    @DisplayName("a field that would start a formula gets a leading apostrophe")
    void formulasAreNeutralised(String value) {
        String field = Csv.field(value);

        String unquoted = field.startsWith("\"") ? field.substring(1, field.length() - 1).replace("\"\"", "\"") : field;
        assertThat(unquoted).isEqualTo("'" + value);
    }

    @Test
    @DisplayName("commas, quotes, line breaks and edge spaces are quoted, quotes doubled; plain text is left alone")
    void quoting() {
        assertThat(Csv.field("Ben Carter")).isEqualTo("Ben Carter");
        assertThat(Csv.field("Okoye, Nia")).isEqualTo("\"Okoye, Nia\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
        assertThat(Csv.field(" padded ")).isEqualTo("\" padded \"");
        assertThat(Csv.field("")).isEmpty();
    }

    @Test
    @DisplayName("rows end with CRLF, the file is UTF-8 with a byte order mark, and every row has the header's width")
    void fileShape() {
        byte[] bytes = new Csv(List.of("a", "b")).row(List.of("Zoë", "1")).bytes();

        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFa,b\r\nZoë,1\r\n");
        assertThatIllegalArgumentException().isThrownBy(() -> new Csv(List.of("a", "b")).row(List.of("only one")));
    }
}
