package org.attribot;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.Dependency.Predicates.dependencyTarget;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The rules of the house, stated once so that a new package is covered: the core depends on no
 * adapter and no adapter library; the features do not depend on each other in a circle; only the
 * SQLite adapter speaks SQL, and only the composition root names it. Only attribot's own classes
 * are imported (no jar, no test class; {@code archunit.properties} keeps ArchUnit from reading
 * the classes they use off the classpath).
 */
class ArchitectureTest {
  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages("org.attribot");

  /** The adapters: the doors (command line, Telegram, Slack). */
  static final String[] ADAPTERS = {"org.attribot.cli..", "org.attribot.telegram..", "org.attribot.slack.."};

  /** The libraries only an adapter may use: command line, Telegram, Slack, the HTTP server, websockets. */
  static final String[] ADAPTER_LIBRARIES = {"picocli..", "org.telegram..", "com.slack..", "org.eclipse.jetty..",
      "jakarta.servlet..", "javax.servlet..", "org.java_websocket.."};

  /** The store engines: each implements the core's store ports. */
  static final String STORE_ENGINES = "org.attribot.sqlite..";

  /** The composition root, which knows every part: {@code App}, the entry point {@code Main}, and {@code StorePorts}, which opens an engine. */
  static final DescribedPredicate<JavaClass> COMPOSITION_ROOT = DescribedPredicate.describe("the composition root",
      c -> c.getPackageName().equals("org.attribot") && topLevelName(c).matches("org\\.attribot\\.(App|Main|StorePorts)"));

  @Test
  void nothingButTheAdaptersAndTheCompositionRootDependsOnAnAdapterOrItsLibraries() {
    classes().that(not(resideInAnyPackage(ADAPTERS).or(COMPOSITION_ROOT)))
        .should(onlyHaveDependenciesWhere(not(dependencyTarget(resideInAnyPackage(ADAPTERS).or(resideInAnyPackage(ADAPTER_LIBRARIES))))))
        .as("nothing but the adapters and the composition root depends on an adapter or an adapter's library")
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
  void theFeaturesAreFreeOfCycles() {
    slices().assignedFrom(FEATURES).should().beFreeOfCycles()
        .check(CLASSES);
  }

  @Test
  void nothingButTheStoreEngineAndTheCompositionRootNamesAClassOfTheEngine() {
    classes().that(not(resideInAnyPackage(STORE_ENGINES).or(COMPOSITION_ROOT)))
        .should(onlyHaveDependenciesWhere(not(dependencyTarget(resideInAnyPackage(STORE_ENGINES)))))
        .as("nothing but the store engine and the composition root names a class of the engine: the core sees its ports")
        .check(CLASSES);
  }

  @Test
  void onlyTheStoreEngineSpeaksSql() {
    noClasses().that().resideOutsideOfPackage(STORE_ENGINES)
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
        .check(CLASSES);
  }

  /** A slice per package under {@code org.attribot} ({@code org.attribot.(*)..}), and one per class of the root package. */
  static final SliceAssignment FEATURES = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass c) {
      String pkg = c.getPackageName();
      if (pkg.equals("org.attribot")) {
        return SliceIdentifier.of(topLevelName(c));
      }
      if (pkg.startsWith("org.attribot.")) {
        return SliceIdentifier.of(pkg.substring("org.attribot.".length()).split("\\.")[0]);
      }
      return SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "the packages under org.attribot and the classes of org.attribot itself";
    }
  };

  private static String topLevelName(JavaClass c) {
    String name = c.getName();
    int nested = name.indexOf('$');
    return nested < 0 ? name : name.substring(0, nested);
  }
}
