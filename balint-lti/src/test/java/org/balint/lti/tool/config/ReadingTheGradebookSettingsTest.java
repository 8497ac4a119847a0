package org.balint.lti.tool.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.balint.lti.tool.gradebook.DeliverySettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reading the gradebook delivery's settings")
class ReadingTheGradebookSettingsTest {

    @Test
    @DisplayName("without settings: four workers claiming 16 scores, idle for a second, three re-sends")
    void defaults() {
        DeliverySettings settings = GradebookSettings.read(name -> Optional.empty()).delivery();

        assertThat(settings).isEqualTo(new DeliverySettings(4, 16, Duration.ofSeconds(1), 3));
    }

    @Test
    @DisplayName("each setting is read, blanks count as unset")
    void configured() {
        Map<String, String> values = Map.of(GradebookSettings.WORKERS, " 8 ", GradebookSettings.BATCH_SIZE, "50",
                GradebookSettings.IDLE_PAUSE, "PT0.25S");

        DeliverySettings settings = GradebookSettings.read(name -> Optional.ofNullable(values.get(name))).delivery();

        assertThat(settings).isEqualTo(new DeliverySettings(8, 50, Duration.ofMillis(250), 3));
        assertThat(GradebookSettings.read(name -> Optional.of(" ")).delivery().workers()).isEqualTo(4);
    }

    @Test
    @DisplayName("every unusable value is named at once, with what to give instead")
    void unusableValues() {
        Map<String, String> values = Map.of(GradebookSettings.WORKERS, "0", GradebookSettings.BATCH_SIZE, "many",
                GradebookSettings.IDLE_PAUSE, "PT5M");

        assertThatThrownBy(() -> GradebookSettings.read(name -> Optional.ofNullable(values.get(name))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("balint.gradebook.workers is '0'; give a whole number from 1 to 64.")
                .hasMessageContaining("balint.gradebook.batch-size is 'many'; give a whole number from 1 to 500.")
                .hasMessageContaining("balint.gradebook.idle-pause is PT5M");
        assertThatThrownBy(() -> GradebookSettings.read(name -> GradebookSettings.IDLE_PAUSE.equals(name)
                ? Optional.of("a second") : Optional.empty()))
                .hasMessageContaining("not an ISO-8601 duration");
    }
}
