package org.balint.lti.tool.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.lti.tool.documents.DocumentsFixture.BEN;
import static org.balint.lti.tool.documents.DocumentsFixture.MALLORY;
import static org.balint.lti.tool.documents.DocumentsFixture.NEWCOMER;
import static org.balint.lti.tool.documents.DocumentsFixture.ZOE;
import static org.balint.lti.tool.documents.DocumentsFixture.group;
import static org.balint.lti.tool.documents.DocumentsFixture.parseCsv;
import static org.balint.lti.tool.documents.DocumentsFixture.records;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The PARS learner export lists only members who agreed to be reported")
class ParsLearnerExportTest {

    @Test
    @DisplayName("the header follows ACCME's learner template; an agreed, eligible, claiming member is one 'Add' row")
    void agreedMemberIsReported() {
        List<List<String>> rows = parseCsv(ParsLearnerExport.of(group(), " 202612345 ", records(),
                Set.of(ZOE.id(), BEN.id(), NEWCOMER.id())));

        assertThat(rows.get(0)).containsExactly("Record Action", "ACCME Activity ID", "Completion Date", "First Name",
                "Last Name", "Date of Birth", "Licensing State", "Licensing ID or NPI", "Number of CME Credits");
        assertThat(rows.subList(1, rows.size())).containsExactly(
                List.of("Add", "202612345", "04/22/2026", "Zoë", "Ångström-Núñez", "", "", "", "10.00"));
    }

    @Test
    @DisplayName("members who did not agree, or never answered, are left out even when they earned credit")
    void withoutConsentNobodyIsReported() {
        List<List<String>> rows = parseCsv(ParsLearnerExport.of(group(), "", records(), Set.of()));

        assertThat(rows).hasSize(1);
    }

    @Test
    @DisplayName("a formula in a name is neutralised in the export too")
    void formulaNames() {
        List<List<String>> rows = parseCsv(ParsLearnerExport.of(group(), "1", records(), Set.of(MALLORY.id())));

        assertThat(rows.get(1).get(4)).startsWith("'=HYPERLINK");
        assertThat(rows.get(1).get(8)).isEqualTo("9.00");
    }

    @Test
    @DisplayName("names split at their last space")
    void names() {
        assertThat(ParsLearnerExport.split("Mary Ann van der Berg")).containsExactly("Mary Ann van der", "Berg");
        assertThat(ParsLearnerExport.split("Plato")).containsExactly("", "Plato");
    }
}
