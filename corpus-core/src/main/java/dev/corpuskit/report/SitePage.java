package dev.corpuskit.report;

import dev.corpuskit.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

/**
 * The review page ({@code index.html} in the reports folder) made fit to stand inside a page of
 * another site, such as the Maven site's report: its style sheet and its {@code <main
 * id="corpus-report">}, without the page's own head and body. The page links to its neighbours
 * ({@code validation.json} and the like) by relative paths; in the host page those links point into a
 * folder beside it ({@code corpus-reports/}), where {@link #copyLinkedFiles} puts the files they name.
 * Anchors within the page ({@code #examples}) and absolute addresses are kept as they are.
 *
 * <p>The markup is parsed and written again (tag and attribute case kept, so that inline SVG keeps
 * {@code viewBox}), so the same page always gives the same fragment.
 */
public final class SitePage {

  /** The id of the element that holds the whole report. */
  public static final String MAIN_ID = "corpus-report";

  private final String style;
  private final String main;
  private final List<String> linkedFiles;

  private SitePage(String style, String main, List<String> linkedFiles) {
    this.style = style;
    this.main = main;
    this.linkedFiles = List.copyOf(linkedFiles);
  }

  /**
   * Reads the review page {@code page}, pointing its relative links into {@code folder}.
   *
   * @param folder where the host page finds the page's neighbours, relative to itself, ending in
   *     {@code /} (for example {@code corpus-reports/}), or empty to keep the links as they are
   * @throws IOException when the page cannot be read, or is not a review page; the message names it
   */
  public static SitePage read(Path page, String folder) throws IOException {
    if (!Files.isRegularFile(page)) {
      throw new IOException(page + ": no review page there. corpus:clean writes it; run the clean goal"
          + " (or check the reports directory) first.");
    }
    return parse(Files.readString(page, StandardCharsets.UTF_8), folder, page.toString());
  }

  /**
   * Parses the review page {@code html}, pointing its relative links into {@code folder}.
   *
   * @param source what the page is, for messages: its path
   * @throws IOException when {@code html} holds no {@code <main id="corpus-report">}
   */
  public static SitePage parse(String html, String folder, String source) throws IOException {
    Objects.requireNonNull(folder, "folder");
    if (!folder.isEmpty() && !folder.endsWith("/")) {
      throw new IllegalArgumentException("folder must end in /: " + folder);
    }
    Parser parser = Parser.htmlParser().settings(ParseSettings.preserveCase);
    Document document = Jsoup.parse(html, "", parser);
    document.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8)
        .escapeMode(Entities.EscapeMode.base);
    Element main = document.getElementById(MAIN_ID);
    if (main == null) {
      throw new IOException(source + ": not a review page: it has no element with id \"" + MAIN_ID
          + "\". Clean the corpus again to write the page anew.");
    }
    StringBuilder style = new StringBuilder();
    for (Element sheet : document.head().getElementsByTag("style")) {
      style.append(sheet.outerHtml());
    }
    TreeSet<String> linked = new TreeSet<>();
    for (Element element : main.select("[href], [src]")) {
      for (String attribute : new String[] {"href", "src"}) {
        if (element.hasAttr(attribute)) {
          String link = element.attr(attribute);
          if (isNeighbour(link)) {
            element.attr(attribute, folder + link);
            String file = fileOf(link);
            if (isPlainRelativePath(file)) {
              linked.add(file);
            }
          }
        }
      }
    }
    return new SitePage(style.toString(), main.outerHtml(), new ArrayList<>(linked));
  }

  /** The page's {@code <style>} elements, as they are, or empty when it has none. */
  public String style() {
    return style;
  }

  /** The page's {@code <main id="corpus-report">} element, with its links pointing into the folder. */
  public String main() {
    return main;
  }

  /** The style sheet and the report, to put into the body of the host page. */
  public String html() {
    return style.isEmpty() ? main : style + "\n" + main;
  }

  /**
   * The files the page links to by plain relative paths (no {@code ..}, no scheme, no anchor), in
   * name order: those {@link #copyLinkedFiles} copies when they exist.
   */
  public List<String> linkedFiles() {
    return linkedFiles;
  }

  /**
   * Copies the page's neighbours from {@code reportsDirectory} into {@code folder}: every file the page
   * links to that exists there, and every {@code .json} report beside the page, whether linked or
   * not, so that the host site carries the machine-readable reports too. Each file is written
   * atomically; an unchanged one is not written again. Links to missing files are left as they are.
   *
   * @return the relative paths copied, in name order
   */
  public List<String> copyLinkedFiles(Path reportsDirectory, Path folder) throws IOException {
    TreeSet<String> files = new TreeSet<>();
    for (String link : linkedFiles) {
      if (Files.isRegularFile(reportsDirectory.resolve(link), LinkOption.NOFOLLOW_LINKS)) {
        files.add(link);
      }
    }
    if (Files.isDirectory(reportsDirectory)) {
      try (DirectoryStream<Path> reports = Files.newDirectoryStream(reportsDirectory, "*.json")) {
        for (Path report : reports) {
          if (Files.isRegularFile(report, LinkOption.NOFOLLOW_LINKS)) {
            files.add(report.getFileName().toString());
          }
        }
      }
    }
    for (String file : files) {
      Path from = reportsDirectory.resolve(file);
      Path to = folder.resolve(file);
      if (!sameContent(from, to)) {
        AtomicFiles.write(to, out -> Files.copy(from, out));
      }
    }
    return new ArrayList<>(files);
  }

  /** Whether {@code link} names a file beside the page: relative, not an anchor, no scheme. */
  static boolean isNeighbour(String link) {
    return !link.isEmpty() && !link.startsWith("#") && !link.startsWith("/") && !link.startsWith("?")
        && !hasScheme(link);
  }

  /** Whether {@code link} starts with a URL scheme, such as {@code https:} or {@code data:} (RFC 3986). */
  private static boolean hasScheme(String link) {
    if (!isAsciiLetter(link.charAt(0))) {
      return false;
    }
    for (int i = 1; i < link.length(); i++) {
      char c = link.charAt(i);
      if (c == ':') {
        return true;
      }
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
        return false;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** {@code link} without its query and fragment. */
  private static String fileOf(String link) {
    int end = link.length();
    for (char c : new char[] {'#', '?'}) {
      int at = link.indexOf(c);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return link.substring(0, end);
  }

  /** A path that stays inside the folder it is resolved against: not empty, no {@code .} or {@code ..}. */
  private static boolean isPlainRelativePath(String file) {
    if (file.isEmpty() || file.contains("\\") || file.indexOf('%') >= 0) {
      return false;
    }
    int start = 0;
    while (start <= file.length()) {
      int end = file.indexOf('/', start);
      String part = file.substring(start, end < 0 ? file.length() : end);
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return false;
      }
      if (end < 0) {
        return true;
      }
      start = end + 1;
    }
    return false; // ends in "/": a folder
  }

  /** Whether {@code to} exists and has the bytes of {@code from}, compared without reading both whole. */
  private static boolean sameContent(Path from, Path to) throws IOException {
    return Files.isRegularFile(to, LinkOption.NOFOLLOW_LINKS) && Files.size(from) == Files.size(to)
        && Files.mismatch(from, to) == -1;
  }
}
