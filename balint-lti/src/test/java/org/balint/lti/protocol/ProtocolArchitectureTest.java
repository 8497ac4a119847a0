package org.balint.lti.protocol;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.balint.lti.protocol.validation.LaunchProcessor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The LTI protocol core stays reusable")
class ProtocolArchitectureTest {

    /** The module's compiled main classes only (scanning the whole class path is slow and adds nothing). */
    private static final JavaClasses PROTOCOL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> location.contains("/org/balint/lti/protocol/"))
            .importUrl(LaunchProcessor.class.getProtectionDomain().getCodeSource().getLocation());

    @Test
    @DisplayName("protocol classes depend only on the JDK, Nimbus and each other: nothing of Balint, nothing of Jakarta EE")
    void onlyJdkAndNimbus() {
        classes().that().resideInAPackage("org.balint.lti.protocol..")
                .and().resideOutsideOfPackage("org.balint.lti.protocol.store..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "com.nimbusds..", "org.balint.lti.protocol..")
                .check(PROTOCOL);
    }

    @Test
    @DisplayName("the stores add only JDBC, the JDK's cryptography (encrypted tool keys) and the schema migrations (Flyway) to that")
    void storesUseJdbcAndFlyway() {
        classes().that().resideInAPackage("org.balint.lti.protocol.store..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.sql..", "javax.crypto..", "org.flywaydb..", "com.nimbusds..",
                        "org.balint.lti.protocol..")
                .check(PROTOCOL);
    }

    @Test
    @DisplayName("protocol classes never touch the Balint core domain")
    void noBalintCore() {
        noClasses().that().resideInAPackage("org.balint.lti.protocol..")
                .should().dependOnClassesThat().resideInAPackage("org.balint.core..")
                .check(PROTOCOL);
    }

    @Test
    @DisplayName("the typed launch messages are plain Java, usable without Nimbus")
    void messagesArePlainJava() {
        classes().that().resideInAPackage("org.balint.lti.protocol.message..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.balint.lti.protocol.message..")
                .check(PROTOCOL);
    }

    @Test
    @DisplayName("the individual validation steps are package-private; only the processor and its results are public")
    void smallValidationSurface() {
        classes().that().resideInAPackage("org.balint.lti.protocol.validation")
                .and().areTopLevelClasses()
                .and().haveSimpleNameNotStartingWith("Launch")
                .and().doNotHaveSimpleName("PlatformUnreachable")
                .should().notBePublic()
                .check(PROTOCOL);
    }
}
