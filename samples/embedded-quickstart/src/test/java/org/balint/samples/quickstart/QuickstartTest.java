package org.balint.samples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The embedded quickstart")
class QuickstartTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Quickstart quickstart = new Quickstart(new PrintStream(printed, true, StandardCharsets.UTF_8));

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static String bundledRoster() throws IOException {
        try (InputStream in = QuickstartTest.class.getResourceAsStream("/quickstart/roster.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("tours the whole core on the bundled roster: validation, rotation, re-plan, import and credit")
    void toursTheCore() throws IOException {
        assertThat(quickstart.run(bundledRoster())).isZero();

        assertThat(output())
                .contains("10 members but only 8 presentation slots: not everyone can present")
                .contains("Every member presents at least once: true")
                .contains("The re-plan keeps sessions 1 and 2 as held and changes 2 place(s):")
                .contains("'Tom's iPhone' (NO_MEMBER) -> assigned to tom.becker")
                .contains("'Kim's iPad' (NO_MEMBER) -> dismissed as a guest")
                .contains("Dr. Ben Carter: present, late (joined 18 minutes after the start)")
                .contains("APA CE credit is released only after the series evaluation is completed")
                .contains("Samuel Okoye (other clinician (chaplain))");
    }

    @Test
    @DisplayName("a roster with bad lines is refused with every line that is wrong, and nothing else runs")
    void refusesABadRoster() throws IOException {
        String roster = "name,email,profession,specialty or description\n"
                + "Dr. Ana Lima,ana.lima@clinic.example,physician,\n"
                + "Ruth Alvarez,not-an-address,nurse practitioner,\n"
                + "Lena Fischer,lena.fischer@services.example,dentist,\n"
                + "Samuel Okoye,samuel.okoye@hospital.example,other\n";

        assertThat(quickstart.run(roster)).isEqualTo(1);

        assertThat(output())
                .contains("line 2: give the physician's specialty [roster-missing-specialty]")
                .contains("line 3: 'not-an-address' is not an e-mail address [roster-bad-email]")
                .contains("line 4: 'dentist' is not a profession the group knows")
                .contains("line 5 has 3 fields")
                .doesNotContain("Planning who presents when");
    }
}
