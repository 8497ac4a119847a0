package org.balint.lti.tool;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.balint.lti.tool.config.ToolComponents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The tool's layers")
class ToolArchitectureTest {

    private static final JavaClasses TOOL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> location.contains("/org/balint/lti/tool/"))
            .importUrl(ToolComponents.class.getProtectionDomain().getCodeSource().getLocation());

    @Test
    @DisplayName("what a launch means in Balint is plain Java over the typed launch: no Jakarta EE, no Nimbus")
    void launchMeaningIsPlainJava() {
        classes().that().resideInAPackage("org.balint.lti.tool.launch..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.balint.lti.protocol.message..", "org.balint.lti.tool.launch..")
                .check(TOOL);
    }

    @Test
    @DisplayName("course bindings and launch sessions are plain Java over the core, its storage and JDBC: no JAX-RS, no CDI, no web layer")
    void coursesArePlainJava() {
        noClasses().that().resideInAnyPackage("org.balint.lti.tool.course..", "org.balint.lti.tool.session..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws..", "jakarta.enterprise..", "jakarta.inject..",
                        "org.balint.lti.tool.web..", "org.balint.lti.tool.config..", "com.nimbusds..")
                .check(TOOL);
    }

    @Test
    @DisplayName("only the config package chooses the in-memory implementations; the rest sees the ports")
    void implementationsChosenInConfigOnly() {
        noClasses().that().resideInAPackage("org.balint.lti.tool..")
                .and().resideOutsideOfPackage("org.balint.lti.tool.config..")
                .should().dependOnClassesThat().haveSimpleNameStartingWith("InMemory")
                .check(TOOL);
    }

    @Test
    @DisplayName("the web layer does not reach into the health checks, nor the health checks into the web layer")
    void webAndHealthApart() {
        noClasses().that().resideInAPackage("org.balint.lti.tool.web..")
                .should().dependOnClassesThat().resideInAPackage("org.balint.lti.tool.health..")
                .check(TOOL);
        noClasses().that().resideInAPackage("org.balint.lti.tool.health..")
                .should().dependOnClassesThat().resideInAPackage("org.balint.lti.tool.web..")
                .check(TOOL);
    }

    @Test
    @DisplayName("the tool's packages do not depend on each other in a circle")
    void noCycles() {
        slices().matching("org.balint.lti.tool.(*)..").should().beFreeOfCycles().check(TOOL);
    }
}
