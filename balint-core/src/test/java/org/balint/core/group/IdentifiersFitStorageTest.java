package org.balint.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Member and group ids fit what storage keeps")
class IdentifiersFitStorageTest {

    @Test
    @DisplayName("an id of 255 characters is kept; one of 256 is refused with a sentence saying what to do")
    void longestId() {
        String longest = "a".repeat(255);

        assertThat(new MemberId(longest).value()).hasSize(255);
        assertThat(new GroupId(longest).value()).hasSize(255);
        assertThatThrownBy(() -> new MemberId(longest + "b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a member id has at most 255 characters, not 256: derive a shorter key (for example a hash of the platform's id)");
        assertThatThrownBy(() -> new GroupId(longest + "b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a group id has at most 255 characters, not 256");
    }
}
