package dev.corpuskit.maven;

import dev.corpuskit.report.CorpusReport;
import dev.corpuskit.report.SitePage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The "Corpus review" report of {@code mvn site} ({@code corpus-report.html}). Like
 * maven-checkstyle-plugin's report it does the work itself: it validates and cleans the corpus exactly
 * as {@code corpus:clean} does, with the same parameters (unchanged files come from the cache, and when
 * nothing changed the last run's reports are kept), but findings do not fail it: they are what it
 * shows. It then puts the review page that the clean wrote ({@code index.html} in the reports
 * directory) into the site page, and copies the JSON reports the page links to into
 * {@code corpus-reports/} beside it. Run on its own ({@code mvn corpus:report}), it cleans and says
 * where the review page is.
 *
 * <p>It implements maven-reporting-api's {@link MavenReport} on the clean goal rather than extending
 * maven-reporting-impl's {@code AbstractMavenReport}: a Java class has one superclass, and this way the
 * report takes every parameter of {@code corpus:clean} (and each one added to it) from the same
 * declarations, instead of a copy that could drift.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends CleanMojo implements MavenReport {

  /** The report's page in the site, without extension. */
  static final String OUTPUT_NAME = "corpus-report";

  /** The folder beside the report's page that holds the files the review page links to. */
  static final String FILES_FOLDER = "corpus-reports/";

  /** Where the site goes; the site plugin sets it through {@code setReportOutputDirectory}. */
  @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
  File reportOutputDirectory;

  /** Skips the report only; {@code corpus.skip} skips it too. */
  @Parameter(property = "corpus.report.skip", defaultValue = "false")
  boolean skipReport;

  /** The property that skipped the last run, or null. */
  private String skippedBy;

  @Override
  String goal() {
    return "report";
  }

  @Override
  boolean goalSkipped() {
    return skipReport;
  }

  @Override
  void skipped(String property) {
    skippedBy = property;
  }

  /** The report shows the findings; failing on them would leave the site without it. */
  @Override
  boolean failsOnFindings() {
    return false;
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    super.run();
    getLog().info("The review page: " + reviewPage());
  }

  /** The review page the clean writes. */
  Path reviewPage() {
    return reportsDirectory().resolve(CorpusReport.PAGE);
  }

  @Override
  public void generate(Sink sink, Locale locale) throws MavenReportException {
    skippedBy = null;
    try {
      execute();
    } catch (MojoExecutionException | MojoFailureException e) {
      throw new MavenReportException(e.getMessage(), e);
    }
    String html = null;
    if (skippedBy == null) {
      try {
        SitePage page = SitePage.read(reviewPage(), FILES_FOLDER);
        page.copyLinkedFiles(reportsDirectory(), getReportOutputDirectory().toPath().resolve(FILES_FOLDER));
        html = page.html();
      } catch (IOException e) {
        throw new MavenReportException("Cannot show the review page in the site: " + e.getMessage(), e);
      }
    }
    sink.head();
    sink.title();
    sink.text(getName(locale));
    sink.title_();
    sink.head_();
    sink.body();
    if (html != null) {
      sink.rawText(html);
    } else {
      sink.section1();
      sink.sectionTitle1();
      sink.text(getName(locale));
      sink.sectionTitle1_();
      sink.paragraph();
      sink.text("Skipped (" + skippedBy + "=true).");
      sink.paragraph_();
      sink.section1_();
    }
    sink.body_();
    sink.flush();
    sink.close();
  }

  @Override
  public String getOutputName() {
    return OUTPUT_NAME;
  }

  @Override
  public String getCategoryName() {
    return CATEGORY_PROJECT_REPORTS;
  }

  @Override
  public String getName(Locale locale) {
    return "Corpus review";
  }

  @Override
  public String getDescription(Locale locale) {
    return "What the corpus build found, what each cleaning step removed, with examples struck through"
        + " line by line, and the figures in and out.";
  }

  @Override
  public void setReportOutputDirectory(File directory) {
    reportOutputDirectory = directory;
  }

  @Override
  public File getReportOutputDirectory() {
    return reportOutputDirectory;
  }

  @Override
  public boolean isExternalReport() {
    return false;
  }

  /** False when {@code corpus.skip} or {@code corpus.report.skip} is set: the site then leaves it out. */
  @Override
  public boolean canGenerateReport() {
    return !skipped();
  }
}
