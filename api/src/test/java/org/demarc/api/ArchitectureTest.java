package org.demarc.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: api → rules-engine → rules, contract-models; api → reports, codec → contract-models. No
 * KIE type leaks past the engine; reports and codec know neither the engine nor any framework.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        // what Spring AOT generates when the jar is built (Foo__BeanDefinitions, …) wires every bean by name: the
        // dependencies that count are those of the classes written here
        .withImportOption(location -> !location.matches(java.util.regex.Pattern.compile(".*/[^/]*__[^/]*\\.class")))
        .importPackages("org.demarc");
  }

  @Test
  void contractModelsDependOnNoFrameworkAndNoOtherModule() {
    noClasses().that().resideInAPackage("org.demarc.model..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.kie..", "org.drools..", "org.springframework..", "org.demarc.rules..", "org.demarc.engine..",
            "org.demarc.api..", "org.demarc.report..", "org.demarc.codec..", "tools.jackson..")
        .check(classes);
  }

  @Test
  void reportsAndCodecSeeOnlyTheModels() {
    noClasses().that().resideInAnyPackage("org.demarc.report..", "org.demarc.codec..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.kie..", "org.drools..", "org.springframework..", "org.demarc.rules..", "org.demarc.engine..",
            "org.demarc.api..", "org.demarc.cli..")
        .check(classes);
  }

  @Test
  void reportsDoNotReadInput() {
    noClasses().that().resideInAPackage("org.demarc.report..")
        .should().dependOnClassesThat().resideInAnyPackage("org.demarc.codec..", "tools.jackson..")
        .check(classes);
  }

  @Test
  void rulesDoNotReachTheEngineOrTheApi() {
    noClasses().that().resideInAPackage("org.demarc.rules..")
        .should().dependOnClassesThat().resideInAnyPackage("org.demarc.engine..", "org.demarc.api..", "org.springframework..")
        .check(classes);
  }

  @Test
  void engineDoesNotReachTheApiOrSpring() {
    noClasses().that().resideInAPackage("org.demarc.engine..")
        .should().dependOnClassesThat().resideInAnyPackage("org.demarc.api..", "org.springframework..",
            "org.demarc.report..", "org.demarc.codec..")
        .check(classes);
  }

  @Test
  void theRestApiDoesNotDependOnTheWebApp() {
    // the web app (classes named Web…) sits on top of the REST layer and its services, never under them
    noClasses().that().resideInAPackage("org.demarc.api..").and().haveNameNotMatching("org\\.demarc\\.api\\.Web.*")
        .should().dependOnClassesThat().haveNameMatching("org\\.demarc\\.api\\.Web.*")
        .check(classes);
  }

  @Test
  void apiSeesNeitherKieNorTheRules() {
    noClasses().that().resideInAPackage("org.demarc.api..")
        .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..", "org.demarc.rules..")
        .check(classes);
  }
}
