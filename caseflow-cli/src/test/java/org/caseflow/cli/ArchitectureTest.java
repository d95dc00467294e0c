package org.caseflow.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way along the flow: domain, ingest, store, validate, measure, compare,
 * then the presenters.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // Test code shared through a module's test-jar (e.g. the domain's golden-file check).
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.caseflow");
  }

  @Test
  void stagesDependOnlyOnTheStagesBeforeThem() {
    layeredArchitecture()
        .consideringOnlyDependenciesInAnyPackage("org.caseflow..")
        .layer("domain")
        .definedBy("org.caseflow.domain..")
        .layer("ingest")
        .definedBy("org.caseflow.ingest..")
        .layer("store")
        .definedBy("org.caseflow.store..")
        .layer("validate")
        .definedBy("org.caseflow.validate..")
        .layer("compare")
        .definedBy("org.caseflow.compare..")
        .layer("measure")
        .definedBy("org.caseflow.measure..")
        .layer("synth")
        .definedBy("org.caseflow.synth..")
        .layer("report")
        .definedBy("org.caseflow.report..")
        .layer("web")
        .definedBy("org.caseflow.web..")
        .layer("present")
        .definedBy("org.caseflow.cli..")
        .whereLayer("present")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("web")
        .mayOnlyBeAccessedByLayers("present")
        .whereLayer("report")
        .mayOnlyBeAccessedByLayers("web", "present")
        .whereLayer("compare")
        .mayOnlyBeAccessedByLayers("report", "web", "present")
        .whereLayer("measure")
        .mayOnlyBeAccessedByLayers("compare", "report", "web", "present")
        .whereLayer("validate")
        .mayOnlyBeAccessedByLayers("measure", "compare", "report", "web", "present")
        .whereLayer("store")
        .mayOnlyBeAccessedByLayers("validate", "measure", "compare", "report", "web", "present")
        .whereLayer("ingest")
        .mayOnlyBeAccessedByLayers("store", "web", "present")
        .whereLayer("synth")
        .mayOnlyBeAccessedByLayers("present")
        .check(classes);
  }

  @Test
  void theReportUsesOnlyTheStagesBeforeIt() {
    // The report presents: it may read compare, measure, store and domain, never ingest or synth.
    noClasses()
        .that()
        .resideInAPackage("org.caseflow.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.caseflow.ingest..", "org.caseflow.synth..", "org.caseflow.cli..")
        .check(classes);
  }

  @Test
  void theDashboardDoesNotUseTheSynthesiser() {
    noClasses()
        .that()
        .resideInAPackage("org.caseflow.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.caseflow.synth..")
        .check(classes);
  }

  @Test
  void theDomainDependsOnNoFrameworkAndNoDatabase() {
    noClasses()
        .that()
        .resideInAPackage("org.caseflow.domain..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "org.caseflow.domain..")
        .check(classes);
  }

  @Test
  void readersDoNotTouchTheDatabase() {
    noClasses()
        .that()
        .resideInAnyPackage("org.caseflow.ingest..", "org.caseflow.synth..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "org.duckdb..", "org.postgresql..")
        .check(classes);
  }
}
