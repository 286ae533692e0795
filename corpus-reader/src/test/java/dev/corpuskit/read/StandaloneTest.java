package dev.corpuskit.read;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * A consumer of a corpus gets this artifact alone: the reader and the format it reads use the JDK and
 * nothing else, and the format does not know the reader.
 */
@AnalyzeClasses(packages = "dev.corpuskit", importOptions = ImportOption.DoNotIncludeTests.class)
class StandaloneTest {

  @ArchTest
  static final ArchRule onlyTheJdk =
      classes().that().resideInAPackage("dev.corpuskit..")
          .should().onlyDependOnClassesThat().resideInAnyPackage(
              "java..", "dev.corpuskit.format..", "dev.corpuskit.read..");

  @ArchTest
  static final ArchRule theFormatDoesNotKnowTheReader =
      classes().that().resideInAPackage("dev.corpuskit.format..")
          .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.corpuskit.format..");

  @ArchTest
  static final ArchRule noCycles = slices().matching("dev.corpuskit.(**)").should().beFreeOfCycles();
}
