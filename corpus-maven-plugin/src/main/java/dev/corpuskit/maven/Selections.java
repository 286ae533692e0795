package dev.corpuskit.maven;

import dev.corpuskit.pipeline.TooFewDocumentsException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;

/**
 * What the goals say about the documents they take: how many files the selection took and left out,
 * and, when there are too few, which POM elements to change. A typo in {@code <includes>} otherwise
 * gives a build of 0 documents that succeeds.
 */
final class Selections {

  private Selections() {}

  /** "Selected 5 of 7 files in src/main/corpus (2 left out by &lt;includes&gt;/&lt;excludes&gt;)". */
  static String selected(int documents, int leftOut, Path directory, Path basedir) {
    String line = String.format(Locale.ROOT, "Selected %d of %d files in %s", documents, documents + leftOut,
        shown(directory, basedir));
    return leftOut == 0 ? line : line + " (" + leftOut + " left out by <includes>/<excludes>)";
  }

  /** The build failure for {@code e}, naming {@code <minDocuments>} and the element to fix. */
  static MojoFailureException tooFew(String goal, TooFewDocumentsException e, Path basedir) {
    String where = shown(e.directory(), basedir);
    String allow = " or set <minDocuments>0</minDocuments> (-Dcorpus.minDocuments=0) to allow"
        + (e.minimum() == 1 ? " an empty corpus." : " fewer.");
    String required = "at least " + e.minimum() + " (<minDocuments>) " + (e.minimum() == 1 ? "is" : "are")
        + " required";
    String message;
    if (goal.equals("package")) {
      message = "corpus:package found " + e.documents() + " documents in the cleaned corpus " + where + ", but "
          + required + ": every source was left out or had errors (see the findings above and validation.json)."
          + " Fix the sources or <includes>/<excludes>," + allow;
    } else if (e.leftOut() == 0 && e.documents() == 0) {
      message = "corpus:" + goal + " found no file in " + where + " (hidden files are never taken), but "
          + required + ". Put the documents there, point <sourceDirectory> (-Dcorpus.sourceDirectory) at"
          + " them," + allow;
    } else {
      message = "corpus:" + goal + " selected " + e.documents() + " of the " + (e.documents() + e.leftOut())
          + " files in " + where + ": <includes> " + globs(e.includes()) + " and <excludes> " + globs(e.excludes())
          + " left out " + e.leftOut() + ", but " + required + ". Check the globs for a typo (for example"
          + " **/*.txt)," + allow;
    }
    return new MojoFailureException(message, e);
  }

  private static String globs(List<String> globs) {
    return globs.isEmpty() ? "(none)" : String.join(", ", globs);
  }

  /** {@code path} relative to the project directory when it lies inside it, for shorter messages. */
  static String shown(Path path, Path basedir) {
    if (basedir != null) {
      Path absolute = path.toAbsolutePath().normalize();
      Path base = basedir.toAbsolutePath().normalize();
      if (absolute.startsWith(base) && !absolute.equals(base)) {
        return base.relativize(absolute).toString().replace('\\', '/');
      }
    }
    return path.toString();
  }
}
