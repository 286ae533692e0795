package dev.corpuskit.describe;

import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.Manifest;
import dev.corpuskit.pack.ManifestSource;
import java.time.Instant;
import java.util.Objects;

/**
 * Everything the descriptors of a packaged corpus are written from.
 *
 * @param info the corpus's coordinates, title, licences and sources
 * @param manifest its documents, read again for each descriptor that lists them
 * @param facts what the descriptors need to know about all documents
 * @param created when it was made: the build's output timestamp, so that descriptors are reproducible
 * @param summary the rules and steps of the build
 * @param details what the publisher states beyond the coordinates: creators, citation, intended use
 * @param figures the size before and after cleaning, as the build's summary states it
 */
public record CorpusDescription(CorpusInfo info, ManifestSource manifest, ManifestFacts facts, Instant created,
    BuildSummary summary, CardDetails details, InputFigures figures) {

  public CorpusDescription {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(created, "created");
    summary = summary == null ? BuildSummary.empty() : summary;
    details = details == null ? CardDetails.none() : details;
    figures = figures == null ? InputFigures.none() : figures;
  }

  /** The description of a corpus of which nothing beyond the POM's facts and the build is stated. */
  public CorpusDescription(CorpusInfo info, ManifestSource manifest, ManifestFacts facts, Instant created,
      BuildSummary summary) {
    this(info, manifest, facts, created, summary, null, null);
  }

  /** The description of a corpus whose manifest is in memory. */
  public CorpusDescription(CorpusInfo info, Manifest manifest, Instant created, BuildSummary summary) {
    this(info, ManifestSource.of(manifest), ManifestFacts.of(manifest), created, summary);
  }

  /** This description with {@code newDetails} and {@code newFigures}. */
  public CorpusDescription with(CardDetails newDetails, InputFigures newFigures) {
    return new CorpusDescription(info, manifest, facts, created, summary, newDetails, newFigures);
  }

  /** The title, or the artifact id when there is none. */
  public String displayTitle() {
    return info.title() != null ? info.title() : info.artifactId();
  }

  /** The description folded onto one paragraph, or null. */
  public String oneParagraphDescription() {
    return info.description() == null ? null : info.description().strip().replaceAll("\\s+", " ");
  }
}
