package org.balint.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.balint.persistence.database.StandaloneDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The persistence unit declares what it maps, and never generates the schema")
class PersistenceUnitListsEveryMappedClassTest {

    @Test
    @DisplayName("every entity, mapped superclass, embeddable and converter of the module is listed in persistence.xml, and nothing else")
    void everyMappedClassIsListed() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(StandaloneDatabase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> mapped = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(MappedSuperclass.class)
                        || type.isAnnotationPresent(Embeddable.class) || type.isAnnotationPresent(Converter.class)) {
                    mapped.add(name);
                }
            }
        }

        assertThat(mapped).isNotEmpty();
        assertThat(listedClasses()).containsExactlyInAnyOrderElementsOf(mapped);
    }

    @Test
    @DisplayName("persistence.xml switches schema generation off and caches nothing across nodes")
    void noSchemaGeneration() throws IOException {
        String xml = persistenceXml();
        assertThat(xml).contains("<property name=\"eclipselink.ddl-generation\" value=\"none\"/>")
                .contains("<property name=\"jakarta.persistence.schema-generation.database.action\" value=\"none\"/>")
                .contains("<shared-cache-mode>NONE</shared-cache-mode>")
                .contains("<exclude-unlisted-classes>true</exclude-unlisted-classes>");
    }

    private static Set<String> listedClasses() throws IOException {
        Set<String> listed = new TreeSet<>();
        Matcher matcher = Pattern.compile("<class>([^<]+)</class>").matcher(persistenceXml());
        while (matcher.find()) {
            listed.add(matcher.group(1).trim());
        }
        return listed;
    }

    private static String persistenceXml() throws IOException {
        try (InputStream in = StandaloneDatabase.class.getResourceAsStream("/META-INF/persistence.xml")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
