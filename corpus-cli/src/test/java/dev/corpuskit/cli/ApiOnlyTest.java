package dev.corpuskit.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The command line is a front end like the plugin: it reaches the core only through the packages the
 * README lists as API (the plugin's {@code EntryApiTest} list), never through a stage's internals, and
 * not through the plugin.
 */
@AnalyzeClasses(packages = "dev.corpuskit.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiOnlyTest {

  static final String[] API = {
    "dev.corpuskit.pipeline", "dev.corpuskit.validate", "dev.corpuskit.clean", "dev.corpuskit.pack",
    "dev.corpuskit.describe", "dev.corpuskit.report", "dev.corpuskit.io", "dev.corpuskit.audit",
    "dev.corpuskit.lang", "dev.corpuskit.format", "dev.corpuskit.read", "dev.corpuskit.config",
    "dev.corpuskit.export"
  };

  @ArchTest
  static final ArchRule commandLineUsesTheEntryApiOnly =
      noClasses().that().resideInAPackage("dev.corpuskit.cli..")
          .should().dependOnClassesThat(resideInAPackage("dev.corpuskit..")
              .and(not(resideInAPackage("dev.corpuskit.cli..")))
              .and(not(resideInAnyPackage(API))));
}
