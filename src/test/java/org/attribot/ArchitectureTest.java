package org.attribot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core imports no adapter and no chat or HTTP-server library; the chat adapters are apart; only the store speaks SQL. */
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
  void coreDependsOnNoChatAdapterNorItsLibraries() {
    noClasses().that().resideInAnyPackage("org.attribot.statement..", "org.attribot.ingest..", "org.attribot.store..",
            "org.attribot.retrieve..", "org.attribot.answer..", "org.attribot.eval..", "org.attribot.config..",
            "org.attribot.actor..", "org.attribot.conversation..", "org.attribot.digest..")
        .should().dependOnClassesThat().resideInAnyPackage("org.attribot.telegram..", "org.attribot.slack..",
            "org.telegram..", "com.slack..", "org.eclipse.jetty..", "javax.servlet..", "org.java_websocket..")
        .check(CLASSES);
  }

  @Test
  void theChatAdaptersDoNotDependOnEachOther() {
    noClasses().that().resideInAPackage("org.attribot.slack..")
        .should().dependOnClassesThat().resideInAnyPackage("org.attribot.telegram..", "org.telegram..").check(CLASSES);
    noClasses().that().resideInAPackage("org.attribot.telegram..")
        .should().dependOnClassesThat().resideInAnyPackage("org.attribot.slack..", "com.slack..").check(CLASSES);
  }

  @Test
  void onlyTheStoreSpeaksSql() {
    noClasses().that().resideOutsideOfPackage("org.attribot.store..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
        .check(CLASSES);
  }
}
