package dev.corpuskit.maven;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The plugin is a thin Maven layer: it reaches the core only through the packages the README lists as
 * API, never through a stage's internals (steps, rules, the extractor, the build state), so those can
 * change without breaking it.
 */
@AnalyzeClasses(packages = "dev.corpuskit", importOptions = ImportOption.DoNotIncludeTests.class)
class EntryApiTest {

  /**
   * The API packages, as the README's "API" section lists them; sub-packages are not API unless listed.
   * {@code audit} holds only values the API hands out ({@code RunSink.cleaned}, {@code Cleaned.changes}).
   */
  static final String[] API = {
    "dev.corpuskit.pipeline", "dev.corpuskit.validate", "dev.corpuskit.clean", "dev.corpuskit.pack",
    "dev.corpuskit.describe", "dev.corpuskit.report", "dev.corpuskit.io", "dev.corpuskit.audit",
    "dev.corpuskit.lang", "dev.corpuskit.format", "dev.corpuskit.read", "dev.corpuskit.config",
    "dev.corpuskit.export"
  };

  @ArchTest
  static final ArchRule pluginUsesTheEntryApiOnly =
      noClasses().that().resideInAPackage("dev.corpuskit.maven..")
          .should().dependOnClassesThat(resideInAPackage("dev.corpuskit..")
              .and(not(resideInAPackage("dev.corpuskit.maven..")))
              .and(not(resideInAnyPackage(API))));
}
