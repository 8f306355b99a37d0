package org.attribot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core imports no adapter; only the store speaks SQL. */
class ArchitectureTest {
  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.attribot");

  @Test
  void coreDependsOnNoAdapter() {
    noClasses().that().resideInAnyPackage("org.attribot.statement..", "org.attribot.ingest..", "org.attribot.store..",
            "org.attribot.retrieve..", "org.attribot.answer..", "org.attribot.eval..", "org.attribot.config..",
            "org.attribot.actor..", "org.attribot.export..")
        .should().dependOnClassesThat().resideInAnyPackage("org.attribot.cli..", "picocli..")
        .check(CLASSES);
  }

  @Test
  void onlyTheStoreSpeaksSql() {
    noClasses().that().resideOutsideOfPackage("org.attribot.store..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
        .check(CLASSES);
  }
}
