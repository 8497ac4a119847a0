package org.balint.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("A profession kept as its discipline and detail")
class StoringAProfessionTest {

    static Stream<Profession> everyKindOfProfession() {
        return Stream.of(Profession.physician("family medicine"), Profession.nursePractitioner(),
                Profession.psychologist(), Profession.socialWorker(), Profession.other("chaplain"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfProfession")
    @DisplayName("comes back as the same profession from its discipline and detail")
    void roundTrip(Profession profession) {
        assertThat(Profession.of(profession.discipline(), profession.detail().orElse(""))).isEqualTo(profession);
    }

    @Test
    @DisplayName("the detail is the physician's specialty or the other profession's description, and nothing else")
    void detail() {
        assertThat(Profession.physician("pediatrics").detail()).contains("pediatrics");
        assertThat(Profession.other("chaplain").detail()).contains("chaplain");
        assertThat(Profession.psychologist().detail()).isEmpty();
    }

    @Test
    @DisplayName("a physician needs a specialty, and a psychologist has none")
    void detailRequiredExactlyWhereItMeansSomething() {
        assertThatThrownBy(() -> Profession.of(Discipline.PHYSICIAN, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Profession.of(Discipline.PSYCHOLOGIST, "clinical"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
