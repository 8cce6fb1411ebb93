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
                        "org.newslens.model..", "org.newslens.task..", "org.newslens.notes..", "org.newslens.net..", "org.newslens.app..", "org.newslens.web..", "org.newslens.feeds..")
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

    @Test
    void sqlLivesInStore() {
        noClasses().that().resideOutsideOfPackage("org.newslens.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .because("SQL lives behind store's repositories, which return records")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToStandardError() {
        noClasses().that().resideOutsideOfPackage("org.newslens.cli..")
                .should().accessField(System.class, "err")
                .because("the window and the core log; only the command line prints")
                .check(classes);
    }

    @Test
    void viewClassesDoNotUseTheStore() {
        noClasses().that().resideInAPackage("org.newslens.ui..")
                .and(com.tngtech.archunit.base.DescribedPredicate.describe("are views (*View, *Window, *Dialog, *Cell, *Pane)",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> isView(topLevel(c).getSimpleName())))
                .should().dependOnClassesThat().resideInAPackage("org.newslens.store..")
                .because("views bind to view models; only view models call the core")
                .check(classes);
    }

    private static com.tngtech.archunit.core.domain.JavaClass topLevel(com.tngtech.archunit.core.domain.JavaClass c) {
        com.tngtech.archunit.core.domain.JavaClass t = c;
        while (t.getEnclosingClass().isPresent()) {
            t = t.getEnclosingClass().get();
        }
        return t;
    }

    private static boolean isView(String name) {
        return name.endsWith("View") || name.endsWith("Window") || name.endsWith("Dialog") || name.endsWith("Cell")
                || name.endsWith("Pane");
    }

    /** The view rule sees the views that exist (and so cannot pass by matching nothing). */
    @Test
    void theViewRuleMatchesTheViews() {
        long views = classes.stream().filter(c -> c.getPackageName().startsWith("org.newslens.ui")
                && c.getEnclosingClass().isEmpty() && isView(c.getSimpleName())).count();
        org.junit.jupiter.api.Assertions.assertTrue(views >= 15, "only " + views + " view classes found");
    }
}
