package org.newslens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, checked. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.newslens");
    }

    @Test
    void onlyTheUiTouchesTheSceneGraph() {
        noClasses().that().resideOutsideOfPackage("org.newslens.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
                .because("the core must run and be tested without a toolkit")
                .check(classes);
    }

    @Test
    void coreDoesNotDependOnUiOrCli() {
        noClasses().that().resideInAnyPackage("org.newslens.store..", "org.newslens.library..", "org.newslens.extract..",
                        "org.newslens.model..", "org.newslens.task..", "org.newslens.notes..", "org.newslens.feeds..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newslens.ui..", "org.newslens.cli..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.newslens.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheCommandLinePrintsToStandardOut() {
        noClasses().that().resideOutsideOfPackage("org.newslens.cli..")
                .should().accessField(System.class, "out")
                .because("the window and the core log; only the command line prints")
                .check(classes);
    }

    @Test
    void noSwingOrAwt() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..").check(classes);
    }
}
