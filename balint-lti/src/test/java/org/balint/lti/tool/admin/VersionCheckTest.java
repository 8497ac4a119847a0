package org.balint.lti.tool.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class VersionCheckTest {

    @Test
    void reads_the_version_from_an_etag_in_if_match() {
        assertThat(VersionCheck.parseIfMatch(Optional.of("\"3\""))).contains(OptionalLong.of(3));
        assertThat(VersionCheck.parseIfMatch(Optional.of("W/\"12\""))).contains(OptionalLong.of(12));
        assertThat(VersionCheck.parseIfMatch(Optional.of("7"))).contains(OptionalLong.of(7));
        assertThat(VersionCheck.parseIfMatch(Optional.empty())).contains(OptionalLong.empty());
        assertThat(VersionCheck.parseIfMatch(Optional.of("*"))).isEmpty();
        assertThat(VersionCheck.parseIfMatch(Optional.of("\"abc\""))).isEmpty();
    }

    @Test
    void the_header_wins_over_the_body() {
        assertThat(new VersionCheck(OptionalLong.of(2), OptionalLong.of(5)).expected()).hasValue(2);
        assertThat(new VersionCheck(OptionalLong.empty(), OptionalLong.of(5)).expected()).hasValue(5);
        assertThat(VersionCheck.none().expected()).isEmpty();
    }
}
