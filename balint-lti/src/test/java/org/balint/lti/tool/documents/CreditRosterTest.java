package org.balint.lti.tool.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.lti.tool.documents.DocumentsFixture.group;
import static org.balint.lti.tool.documents.DocumentsFixture.parseCsv;
import static org.balint.lti.tool.documents.DocumentsFixture.records;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A leader's credit roster of the group")
class CreditRosterTest {

    private final List<List<String>> rows = parseCsv(CreditRoster.of(group(), records()));

    @Test
    @DisplayName("one row per member and kind of credit, with decision, credit earned and claimed, and every reason")
    void rowsPerMemberAndCredit() {
        assertThat(rows.get(0)).isEqualTo(CreditRoster.HEADER);
        assertThat(rows).contains(
                List.of("Ben Carter", "ben", "AAFP Prescribed credit", "not eligible", "0.00", "", "0.00 credit",
                        "No formal time attended, so no credit: attend the sessions, or ask the leader to correct the record."),
                List.of("Zoë Ångström-Núñez", "zoe", "AAFP Prescribed credit", "eligible", "10.00", "10.00", "10.00 credit", ""),
                List.of("Zoë Ångström-Núñez", "zoe", "series completion", "eligible", "", "",
                        "7 of 8 sessions attended (6 required)", ""));
    }

    @Test
    @DisplayName("a member without a decision gets a row that says so, and quotes in a name survive")
    void memberWithoutDecision() {
        assertThat(rows).contains(List.of("Nia Okoye, \"Dr.\"", "newcomer", "", "no decision yet", "", "", "",
                "Credit is decided once the series' attendance is recorded."));
        assertThat(rows).hasSize(1 + 4 + 1);
    }

    @Test
    @DisplayName("a name that looks like a spreadsheet formula is written as text")
    void formulaInjection() {
        assertThat(rows).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("'=HYPERLINK(\"https://evil.example\",\"click\")"));
        assertThat(rows).noneSatisfy(row -> assertThat(row).anySatisfy(field -> assertThat(field).startsWith("=")));
    }

    @Test
    @DisplayName("the file is named after the group")
    void fileName() {
        assertThat(CreditRoster.fileName(group())).isEqualTo("balint-group-for-family-physicians-spring-2026-credit-roster.csv");
    }
}
