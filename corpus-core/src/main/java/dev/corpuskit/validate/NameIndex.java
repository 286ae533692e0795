package dev.corpuskit.validate;

import dev.corpuskit.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The corpus-level state of the {@code portable-name} rule: every path seen so far, folded as a file
 * system that ignores case and Unicode normalisation (macOS, Windows) would see it, so that two files
 * that would overwrite each other there are told apart here, where names are compared byte for byte.
 * It compares the source paths, the cleaned paths ({@code <id>.txt}) and the folders, and measures
 * every name of the cleaned path against the 255-byte limit.
 *
 * <p>Fed in sorted file order, so that the later file of a pair is the one reported. Keeps one map
 * entry per file (two for a file whose cleaned name differs, such as HTML) and one per folder; the
 * key of a path without upper case or non-ASCII characters is the path itself, shared. Not
 * thread-safe: used by the ordered stage of a run.
 */
public final class NameIndex {

  /** The longest name, in bytes, that ext4, XFS and APFS take (NTFS takes 255 UTF-16 units, never more bytes). */
  public static final int NAME_LIMIT = 255;

  /** Folded source path to the first file with it. */
  private final Map<String, String> files = new HashMap<>();
  /** Folded cleaned path to the first file with it, for files whose cleaned path folds otherwise than their source path. */
  private final Map<String, String> cleaned = new HashMap<>();
  /** Folded folder path to the first file in it: the folder's own spelling is that file's path up to as many '/'. */
  private final Map<String, String> folders = new HashMap<>();
  /** Folders already reported as a variant of an earlier one, so that each is reported once. */
  private final Set<String> reportedFolders = new HashSet<>();
  private String lastFolder = "";

  private static final Path NO_ROOT = Path.of("");

  /**
   * Records {@code file}; returns what is wrong with its name, if anything: a message per problem,
   * naming the earlier file it collides with and saying what to do.
   */
  public List<String> add(SourceFile file) {
    List<String> problems = new ArrayList<>(0);
    String path = file.relativePath();
    String out = cleanedPath(file);
    String pathKey = fold(path);
    String outKey = fold(out);
    String collision = collision(path, pathKey, out, outKey);
    if (collision != null) {
      problems.add(collision);
    }
    files.putIfAbsent(pathKey, path);
    if (!outKey.equals(pathKey)) {
      cleaned.putIfAbsent(outKey, path);
    }
    int slash = path.lastIndexOf('/');
    String folder = slash < 0 ? "" : path.substring(0, slash);
    if (!folder.equals(lastFolder)) { // files come sorted: most share the previous file's folder
      lastFolder = folder;
      if (collision == null) {
        String problem = folderCollision(path, slash);
        if (problem != null) {
          problems.add(problem);
        }
      } else {
        addFolders(path, slash);
      }
    }
    tooLong(out, problems);
    return problems;
  }

  /** The cleaned document's path, {@code <id>.txt}: HTML becomes text, text keeps its name. */
  public static String cleanedPath(SourceFile file) {
    return file.id() + ".txt";
  }

  /**
   * {@code path} as a file system that ignores case and Unicode normalisation compares it: NFC, then
   * upper case and lower case in full (so that {@code ß} matches {@code SS}), then NFC again. A path
   * of ASCII without upper case is returned as it is.
   */
  static String fold(String path) {
    boolean plain = true;
    for (int i = 0; i < path.length() && plain; i++) {
      char c = path.charAt(i);
      plain = c < 0x80 && (c < 'A' || c > 'Z');
    }
    if (plain) {
      return path;
    }
    String folded = nfc(path).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    return nfc(folded);
  }

  private String collision(String path, String pathKey, String out, String outKey) {
    String other = files.get(pathKey);
    if (other != null && !other.equals(path)) { // the same file given twice is no collision
      return "differs from " + other + " only by " + how(path, other) + ": the two files overwrite each other"
          + " where names ignore case or normalisation, when the corpus is checked out or its jar unpacked on"
          + " macOS or Windows; rename one of them";
    }
    other = cleaned.get(pathKey);
    if (other == null) {
      other = cleaned.get(outKey);
    }
    if (other == null && !outKey.equals(pathKey)) {
      other = files.get(outKey);
    }
    if (other != null && !other.equals(path)) {
      String otherOut = cleanedPath(new SourceFile(NO_ROOT, other));
      return "cleans to " + out + ", " + (otherOut.equals(out) ? "the same name as the cleaned file of " + other
          : "which differs from " + otherOut + ", the cleaned file of " + other + ", only by " + how(out, otherOut))
          + ": the two overwrite each other in the jar unpacked on macOS or Windows; rename one of them";
    }
    boolean byCleanedName = false;
    other = folders.get(pathKey);
    if (other == null) {
      byCleanedName = true;
      other = folders.get(outKey);
    }
    if (other != null) {
      String folder = spelling(other, pathKey);
      return (byCleanedName ? "cleans to " + out + ", which " : "") + "differs from folder " + folder + " (of " + other
          + ") only by " + how(byCleanedName ? out : path, folder) + ": a file and a folder cannot have the same name"
          + " on macOS or Windows; rename one of them";
    }
    return null;
  }

  /**
   * Records the folders of {@code path}, top first, and reports the first that collides with an
   * earlier folder or file.
   */
  private String folderCollision(String path, int lastSlash) {
    for (int slash = path.indexOf('/'); slash >= 0 && slash <= lastSlash; slash = path.indexOf('/', slash + 1)) {
      String folder = path.substring(0, slash);
      String key = fold(folder);
      String first = folders.putIfAbsent(key, path);
      if (first != null) {
        String spelling = spelling(first, key);
        if (!spelling.equals(folder) && reportedFolders.add(folder)) {
          addFolders(path, lastSlash);
          return "is in folder " + folder + ", which differs from folder " + spelling + " (of " + first + ") only by "
              + how(folder, spelling) + ": on macOS or Windows the two folders become one when the corpus is"
              + " checked out or its jar unpacked; rename one of them";
        }
        continue;
      }
      String file = files.get(key);
      if (file == null) {
        file = cleaned.get(key);
      }
      if (file != null) {
        addFolders(path, lastSlash);
        return "is in folder " + folder + ", which differs from " + file + ", a file, only by " + how(folder, file)
            + ": a file and a folder cannot have the same name on macOS or Windows; rename one of them";
      }
    }
    return null;
  }

  private void addFolders(String path, int lastSlash) {
    for (int slash = path.indexOf('/'); slash >= 0 && slash <= lastSlash; slash = path.indexOf('/', slash + 1)) {
      folders.putIfAbsent(fold(path.substring(0, slash)), path);
    }
  }

  /** The folder of {@code file} whose folded path is {@code key}: as many names as the key has. */
  private static String spelling(String file, String key) {
    int names = 1;
    for (int i = 0; i < key.length(); i++) {
      names += key.charAt(i) == '/' ? 1 : 0;
    }
    int end = -1;
    for (int i = 0; i < names; i++) {
      end = file.indexOf('/', end + 1);
    }
    return end < 0 ? file : file.substring(0, end);
  }

  /** How two names that fold alike differ. */
  private static String how(String a, String b) {
    String nfcA = nfc(a);
    String nfcB = nfc(b);
    if (nfcA.equals(nfcB)) {
      return "Unicode normalisation (NFC and NFD forms)";
    }
    return nfcA.equals(a) && nfcB.equals(b) ? "letter case" : "letter case and Unicode normalisation";
  }

  /** Reports each name of the cleaned path longer than {@link #NAME_LIMIT} bytes. */
  private static void tooLong(String out, List<String> problems) {
    if (out.length() * 3 <= NAME_LIMIT) {
      return; // no name can be too long
    }
    int start = 0;
    while (true) {
      int slash = out.indexOf('/', start);
      String name = out.substring(start, slash < 0 ? out.length() : slash);
      int bytes = name.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > NAME_LIMIT) {
        problems.add((slash < 0 ? "the cleaned file's name is " : "the name of folder " + out.substring(0, slash) + " is ")
            + bytes + " bytes in UTF-8, more than the " + NAME_LIMIT + " that ext4, XFS and APFS take: it cannot"
            + " be written or unpacked there; shorten the name");
      }
      if (slash < 0) {
        return;
      }
      start = slash + 1;
    }
  }

  private static String nfc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
