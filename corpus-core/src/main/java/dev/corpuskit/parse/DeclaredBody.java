package dev.corpuskit.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.corpuskit.density.DensityClassifier.Verdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article body a page declares in its schema.org data ({@code articleBody} of its JSON-LD), used
 * as a signal to locate the article, never as its text. When the chosen container holds much more than
 * the declared body and a smaller element holds nearly all of it (the introduction of a ranking whose
 * entries follow, the summary of a live blog whose updates follow), that element is the article.
 */
final class DeclaredBody {

  /** The rule id of the removals of the container's text outside the declared body. */
  static final String RULE = "outside-declared-body";

  /** The rule id of the removals of the kept blocks after the declared body's end. */
  static final String TAIL_RULE = "after-declared-body";

  /** A shorter declared body (letters and digits) is a teaser, not the article. */
  private static final int MIN_CHARS = 500;
  /** The element must hold this share of the declared body's four-word sequences. */
  private static final double MIN_COVER = 0.8;
  /** The element's text is at least this share of the declared body's length, and at most this many times it. */
  private static final double MIN_LENGTH = 0.9;
  private static final double MAX_GROWTH = 1.5;
  /** The element narrows the container only when it has less than this share of its text. */
  private static final double MAX_SHARE = 0.9;
  /** A block is part of the declared body when this share of its four-word sequences is in it. */
  private static final double MIN_BLOCK_COVER = 0.5;
  /** The blocks after the declared body's end go only when they are at most this share of the text. */
  private static final double MAX_TAIL_SHARE = 0.25;

  private static final JsonFactory JSON = new JsonFactory();

  private DeclaredBody() {}

  /**
   * The {@code articleBody} of the page's JSON-LD, the least nested one (the page's own entity rather
   * than the items it lists; the longest of equals), in letters and digits (the text of its markup, when
   * it is declared as HTML); empty if none.
   */
  static String of(Document page) {
    String best = "";
    int bestDepth = Integer.MAX_VALUE;
    for (Element script : page.select("script[type=application/ld+json]")) {
      try (JsonParser parser = JSON.createParser(script.data())) {
        int depth = 0;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            depth++;
          } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            depth--;
          } else if (token == JsonToken.FIELD_NAME && "articleBody".equals(parser.currentName())
              && parser.nextToken() == JsonToken.VALUE_STRING
              && (depth < bestDepth || depth == bestDepth && parser.getText().length() > best.length())) {
            best = parser.getText();
            bestDepth = depth;
          }
        }
      } catch (IOException malformed) {
        // A script that is not JSON declares nothing; the bodies read before the error stand.
      }
    }
    // Some pages declare the body as the markup of its paragraphs: its text is what they say.
    return Standfirst.letters(best.indexOf('<') >= 0 ? Jsoup.parseBodyFragment(best).text() : best);
  }

  /**
   * The smallest element of {@code page} that holds nearly all of {@code declared} (letters and
   * digits) with not much more, if it lies apart from the chosen {@code parts} or inside them with
   * clearly less text than they have; else null (also when it holds one of them: it would widen them).
   */
  static Element find(Element page, List<Element> parts, String declared) {
    if (declared.length() < MIN_CHARS) {
      return null;
    }
    Element best = locate(page, declared);
    if (best == null) {
      return null;
    }
    int bestLength = Standfirst.letters(best.text()).length();
    int total = 0;
    boolean inside = false;
    for (Element part : parts) {
      if (ArticleContainer.contains(best, part)) {
        return null;
      }
      total += Standfirst.letters(part.text()).length();
      inside |= ArticleContainer.contains(part, best);
    }
    return !inside || bestLength < MAX_SHARE * total ? best : null;
  }

  /**
   * The smallest element of {@code page} that holds nearly all of {@code declared} (letters and
   * digits, see {@link #of}) with not much more; null if none.
   */
  static Element locate(Element page, String declared) {
    if (declared.isEmpty()) {
      return null;
    }
    Set<String> wanted = sequences(declared);
    Map<Element, Integer> lengths = Standfirst.textLengths(page);
    Element best = null;
    int bestLength = Integer.MAX_VALUE;
    for (Element element : page.getAllElements()) {
      // Raw lengths count spaces and punctuation: a loose bound before the text is read.
      int raw = lengths.getOrDefault(element, 0);
      if (raw < MIN_LENGTH * declared.length() || raw > 2 * MAX_GROWTH * declared.length()) {
        continue;
      }
      String text = Standfirst.letters(element.text());
      if (text.length() < bestLength && text.length() >= MIN_LENGTH * declared.length()
          && text.length() <= MAX_GROWTH * declared.length() && cover(wanted, sequences(text)) >= MIN_COVER) {
        best = element;
        bestLength = text.length();
      }
    }
    return best;
  }

  /**
   * The {@code verdicts} of the article's {@code blocks} with the kept blocks that follow the end of the
   * {@code declared} body (letters and digits, see {@link #of}) going too ({@value #TAIL_RULE}): when
   * the text holds the body the page declares and ends with blocks that are not in it (a sign-up box,
   * a plug for another story, a note about the piece), those are what the page puts after its article.
   * A tail of more than a quarter of the kept text is left alone: a body declared that much shorter is
   * cut short (a teaser, a paywall's excerpt), not the article's end.
   */
  static List<Verdict> withoutTail(List<Block> blocks, List<Verdict> verdicts, String declared) {
    if (declared.length() < MIN_CHARS) {
      return verdicts;
    }
    Set<String> wanted = sequences(declared);
    int end = -1;
    int tail = 0;
    int total = 0;
    for (int i = blocks.size() - 1; i >= 0; i--) {
      if (verdicts.get(i).keep()) {
        String letters = Standfirst.letters(blocks.get(i).text());
        total += letters.length();
        end = end < 0 && inDeclared(letters, declared, wanted) ? i : end;
        tail += end < 0 ? letters.length() : 0;
      }
    }
    if (end < 0 || tail == 0 || tail > MAX_TAIL_SHARE * total) {
      return verdicts;
    }
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i <= end; i++) {
      if (verdicts.get(i).keep()) {
        kept.append(kept.length() == 0 ? "" : " ").append(Standfirst.letters(blocks.get(i).text()));
      }
    }
    if (cover(wanted, sequences(kept.toString())) < MIN_COVER) {
      return verdicts; // the text does not hold the declared body: its end says nothing of the text's
    }
    List<Verdict> out = new ArrayList<>(verdicts);
    for (int i = end + 1; i < out.size(); i++) {
      if (out.get(i).keep()) {
        out.set(i, new Verdict(false, TAIL_RULE));
      }
    }
    return out;
  }

  /**
   * Whether a block of {@code letters} is part of the {@code declared} body: most of its four-word
   * sequences are, or, shorter than four words, it is found in it.
   */
  private static boolean inDeclared(String letters, String declared, Set<String> wanted) {
    Set<String> own = sequences(letters);
    if (own.isEmpty()) {
      return !letters.isEmpty() && declared.contains(letters);
    }
    return cover(own, wanted) >= MIN_BLOCK_COVER;
  }

  /** The share of {@code wanted} in {@code found}. */
  private static double cover(Set<String> wanted, Set<String> found) {
    int in = 0;
    for (String sequence : wanted) {
      in += found.contains(sequence) ? 1 : 0;
    }
    return wanted.isEmpty() ? 0 : (double) in / wanted.size();
  }

  /** The sequences of four words of {@code text} (letters and digits, one space between words). */
  private static Set<String> sequences(String text) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (i == 0 || text.charAt(i - 1) == ' ') {
        starts.add(i);
      }
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 4 <= starts.size(); i++) {
      int end = i + 4 < starts.size() ? starts.get(i + 4) - 1 : text.length();
      out.add(text.substring(starts.get(i), end));
    }
    return out;
  }
}
