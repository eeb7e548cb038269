package org.demarc.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The CLI sits beside the API: it reaches the engine's interface only, never KIE, the rules or the API. */
class CliArchitectureTest {

  @Test
  void cliSeesOnlyTheEngineAndTheModels() {
    noClasses().that().resideInAPackage("org.demarc.cli..")
        .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..", "org.demarc.rules..",
            "org.demarc.api..", "org.springframework..")
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.demarc.cli"));
  }
}
