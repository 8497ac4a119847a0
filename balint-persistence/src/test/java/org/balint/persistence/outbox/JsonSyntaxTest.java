package org.balint.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class JsonSyntaxTest {

    @Property(tries = 300)
    @Label("every generated JSON object or array is accepted")
    void generatedJsonIsAccepted(@ForAll("documents") String json) {
        assertThat(JsonSyntax.problemIn(json)).isEmpty();
    }

    @Property(tries = 300)
    @Label("a JSON document cut short anywhere is refused")
    void truncatedJsonIsRefused(@ForAll("documents") String json, @ForAll @IntRange(min = 0, max = 10_000) int cut) {
        String truncated = json.substring(0, cut % json.length()).stripTrailing();
        assertThat(JsonSyntax.problemIn(truncated)).isPresent();
    }

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.lazyOf(() -> container(3));
    }

    private Arbitrary<String> container(int depth) {
        Arbitrary<String> value = depth == 0 ? scalar() : Arbitraries.oneOf(scalar(), container(depth - 1));
        Arbitrary<String> array = value.list().ofMaxSize(4).map(items -> "[" + String.join(", ", items) + "]");
        Arbitrary<String> object = Arbitraries.strings().alpha().ofMaxLength(5).flatMap(name -> value.map(v -> "\"" + name + "\": " + v))
                .list().ofMaxSize(4).map(members -> "{" + String.join(",", members) + "}");
        return Arbitraries.oneOf(array, object);
    }

    private Arbitrary<String> scalar() {
        return Arbitraries.oneOf(
                Arbitraries.of("true", "false", "null", "0", "-12.5e-3", "\"\"", "\"a \\\"quoted\\\" \\u00e9\""),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(8).map(s -> "\"" + s + "\""));
    }
}
