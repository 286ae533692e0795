package dev.corpuskit.describe;

import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.License;
import dev.corpuskit.format.Source;
import java.util.List;

/** Metadata a POM may hold that would be live markup or script where a descriptor is shown. */
final class HostileMetadata {

  /** Text for the title, description, licence names and source titles. */
  static final List<String> TEXT = List.of(
      "</script><script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "[x](javascript:alert(1))",
      "![x](https://example.org/p.png)",
      "[x]: javascript:alert(1)",
      "<https://example.org/auto> <javascript:alert(1)>",
      "a\u2028b\u2029c",
      "`code` *em* __strong__ ~~gone~~ $x$ \\ Q&A &amp; &copy; a | b",
      "<!-- comment",
      "</div>",
      "# Heading",
      "---",
      "***",
      "- item",
      "+ item",
      "1. item",
      "2) item",
      "> quote",
      "```",
      "~~~",
      "C# #");

  /** Descriptions, which may span lines: the card folds them onto one paragraph. */
  static final List<String> DESCRIPTIONS = List.of(
      "Intro\n# Heading\n---\n- item\n\n<script>alert(1)</script>",
      "Intro\n\n    indented code\n\n| a | b |\n|---|---|",
      "x\u001fy\u001cz",
      "Title\n===");

  /** URLs for the homepage, licences and sources that are not absolute http(s) URLs: never links. */
  static final List<String> OTHER_URLS = List.of(
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "vbscript:msgbox(1)",
      "data:text/html,<script>alert(1)</script>",
      "javascript:alert(1)//https://example.org/",
      "mailto:a@example.org",
      "https:no-host",
      "//example.org/no-scheme",
      "example.org/relative",
      "https://example.org/x)[y](javascript:alert(1)");

  /** Absolute http(s) URLs: links, with the characters that would end one encoded. */
  static final List<String> WEB_URLS = List.of(
      "https://example.org/a)(b",
      "https://example.org/a b",
      "https://example.org/x?q=<script>alert(1)</script>",
      "HTTP://example.org/a_b*c*`d`");

  private HostileMetadata() {}

  /** A corpus whose title, description, licence name and source title are all {@code text}. */
  static CorpusInfo withText(String text) {
    return new CorpusInfo("g", "a", "1", text, text, null,
        List.of(new License(text, "https://example.org/licence")), List.of(new Source(text, null)));
  }

  /** {@code text} as a renderer shows it: one line, runs of white space as one space. */
  static String shown(String text) {
    return text.replaceAll("[\\s\\u2028\\u2029]+", " ").strip();
  }
}
