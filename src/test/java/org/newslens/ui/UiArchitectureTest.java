package org.newslens.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The UI's own rules: view models stay free of the scene graph, and the screens' packages have no cycles. */
class UiArchitectureTest {
    private static JavaClasses ui;

    @BeforeAll
    static void load() {
        ui = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newslens.ui");
    }

    @Test
    void viewModelsAndWindowStateDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().resideInAnyPackage("org.newslens.ui.state..", "org.newslens.ui.prefs..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
                .check(ui);
    }

    @Test
    void screenPackagesHaveNoCycles() {
        slices().matching("org.newslens.ui.(*)..").should().beFreeOfCycles().check(ui);
    }
}
