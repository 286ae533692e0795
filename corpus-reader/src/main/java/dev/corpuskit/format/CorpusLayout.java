package dev.corpuskit.format;

import java.util.regex.Pattern;

/**
 * Where things live inside a corpus jar. Every corpus jar has {@link #INDEX} at the same path, so that
 * {@code ClassLoader.getResources(INDEX)} finds every corpus on a classpath; the index names the corpus
 * folder {@code META-INF/corpus/<groupId>/<artifactId>/}, which holds {@link #MANIFEST_TSV},
 * {@link #SHA256SUMS}, the documents under {@link #DATA} and any extra files.
 */
public final class CorpusLayout {

  /** The index of a corpus jar, identical in all of them. */
  public static final String INDEX = "META-INF/corpus/index.properties";

  /** The folder that holds the index and every corpus folder. */
  public static final String ROOT = "META-INF/corpus/";

  /** The manifest's name inside the corpus folder. */
  public static final String MANIFEST_TSV = "manifest.tsv";

  /** The checksum file's name inside the corpus folder, in {@code sha256sum} format. */
  public static final String SHA256SUMS = "SHA256SUMS";

  /** The documents' folder inside the corpus folder. */
  public static final String DATA = "data/";

  /**
   * The record, in a cleaned corpus's folder, of the files cleaning wrote there: not a document, so
   * never packaged, and no reason to refuse the folder.
   */
  public static final String OUTPUT_RECORD = ".corpuskit-output";

  /** The value of {@code Corpus-Format} in {@code MANIFEST.MF}; bump it when this layout changes. */
  public static final String FORMAT = "1";

  /** What {@link #isSafeRelativePath} requires, said for messages. */
  public static final String SAFE_PATH_RULE =
      "paths must be relative, '/'-separated, without '\\', control characters, drive letters,"
          + " or empty, '.' or '..' segments";

  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);

  private CorpusLayout() {}

  /** The corpus folder inside the jar, ending in '/'. */
  public static String corpusPath(String groupId, String artifactId) {
    return ROOT + groupId + "/" + artifactId + "/";
  }

  /**
   * Whether {@code path} is a relative '/'-separated path that stays inside the folder it is resolved
   * against on every platform.
   */
  public static boolean isSafeRelativePath(String path) {
    if (path == null || path.isEmpty() || path.startsWith("/") || DRIVE.matcher(path).matches()) {
      return false;
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\' || Character.isISOControl(c)) {
        return false;
      }
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns {@code path} if it {@linkplain #isSafeRelativePath is safe}.
   *
   * @param where names where the path comes from, for the message
   * @throws UnsafePathException otherwise
   */
  public static String requireSafeRelativePath(String path, String where) throws UnsafePathException {
    if (!isSafeRelativePath(path)) {
      throw new UnsafePathException(where, path);
    }
    return path;
  }
}
