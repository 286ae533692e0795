package dev.corpuskit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core's layers, in the order a document goes through them: {@code source → parse → validate /
 * clean → pack → describe}, with {@code report} and {@code pipeline} above them, and
 * {@code config} (the configuration file, read into the pipeline's requests) on top and the shared
 * low-level packages below; {@code export} sits at the read end, beside the reader, reading what
 * the stages made and using none of them. The corpus format and the reader live in {@code corpus-reader}, below
 * everything. A package may use the layers below it, never one above: a new import that goes upwards,
 * a package cycle or a Maven type in the core fails the build here.
 */
@AnalyzeClasses(packages = "dev.corpuskit", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

  /** Shared low-level packages: no corpus stage of their own. */
  static final String[] BASE = {
    "dev.corpuskit.text..", "dev.corpuskit.io..", "dev.corpuskit.concurrent..", "dev.corpuskit.lang..",
    "dev.corpuskit.audit..", "dev.corpuskit.density..", "dev.corpuskit.near..",
    "dev.corpuskit.quality.."
  };

  /**
   * No cycles between the top-level packages. A package and its sub-packages form one slice: a catalog
   * ({@code clean.StepCatalog}, {@code validate.RuleCatalog}) names the steps or rules it holds.
   */
  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("dev.corpuskit.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule layersFollowThePipeline =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("format").definedBy("dev.corpuskit.format..")
          .layer("read").definedBy("dev.corpuskit.read..")
          .layer("base").definedBy(BASE)
          .layer("contamination").definedBy("dev.corpuskit.contamination..")
          .layer("source").definedBy("dev.corpuskit.source..")
          .layer("parse").definedBy("dev.corpuskit.parse..")
          .layer("validate").definedBy("dev.corpuskit.validate..")
          .layer("clean").definedBy("dev.corpuskit.clean..")
          .layer("pack").definedBy("dev.corpuskit.pack..")
          .layer("describe").definedBy("dev.corpuskit.describe..")
          .layer("report").definedBy("dev.corpuskit.report..")
          .layer("pipeline").definedBy("dev.corpuskit.pipeline..")
          .layer("config").definedBy("dev.corpuskit.config..")
          .layer("export").definedBy("dev.corpuskit.export..")
          .whereLayer("format").mayNotAccessAnyLayer()
          .whereLayer("read").mayOnlyAccessLayers("format")
          .whereLayer("base").mayOnlyAccessLayers("format")
          .whereLayer("contamination").mayOnlyAccessLayers("read", "base", "format")
          .whereLayer("source").mayOnlyAccessLayers("base", "format")
          .whereLayer("parse").mayOnlyAccessLayers("source", "base", "format")
          .whereLayer("validate").mayOnlyAccessLayers("contamination", "parse", "source", "base", "format")
          .whereLayer("clean").mayOnlyAccessLayers("base", "format")
          .whereLayer("pack").mayOnlyAccessLayers("base", "format")
          .whereLayer("describe").mayOnlyAccessLayers("pack", "base", "format")
          .whereLayer("report").mayOnlyAccessLayers("validate", "clean", "describe", "pack", "base", "format")
          .whereLayer("pipeline").mayOnlyBeAccessedByLayers("config")
          .whereLayer("config").mayNotBeAccessedByAnyLayer()
          .whereLayer("export").mayOnlyAccessLayers("read", "base", "format");

  /**
   * The incremental-build state (the document cache, the run and package stamps, the fingerprints)
   * sits below the orchestration that uses it: it takes keys and totals as values and knows nothing of
   * configurations, runs or summaries, so that the two can change apart without a cycle between them.
   */
  @ArchTest
  static final ArchRule buildStateKnowsNothingOfTheOrchestration =
      noClasses().that().resideInAPackage("dev.corpuskit.pipeline.state..")
          .should().dependOnClassesThat().resideInAPackage("dev.corpuskit.pipeline");

  /** The core runs without Maven: the plugin adapts Maven to it, never the other way. */
  @ArchTest
  static final ArchRule noMavenTypeInTheCore =
      noClasses().that().resideInAPackage("dev.corpuskit..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.apache.maven..", "org.codehaus.plexus..", "org.eclipse.aether..", "javax.inject..");
}
