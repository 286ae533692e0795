package dev.corpuskit.validate.rules;

import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.text.Sha256;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.Reporter;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * No two documents may have the same content after normalisation (NFKC, case folded, every run of
 * whitespace one space). The later file in sorted order is reported, naming the earlier. Only a hash
 * per document is kept, so memory stays small.
 */
public final class DuplicateRule implements DocumentRule {

  public static final String ID = "duplicate";

  private static final Pattern WHITESPACE = Pattern.compile("[\\p{javaWhitespace}\\p{Zs}\\u200B\\uFEFF]+");

  private final Map<String, String> firstByHash = new HashMap<>();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(ParsedDocument document, Reporter reporter) {
    String normalised = normalise(document.text());
    if (normalised.isEmpty()) {
      return; // the empty rule reports it
    }
    String hash = Sha256.hex(normalised.getBytes(StandardCharsets.UTF_8));
    String first = firstByHash.putIfAbsent(hash, document.source().relativePath());
    if (first != null) {
      reporter.report(0, 0, "duplicate of " + first + " (same content after normalisation);"
          + " remove one of the two files");
    }
  }

  static String normalise(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return WHITESPACE.matcher(nfkc).replaceAll(" ").strip();
  }
}
