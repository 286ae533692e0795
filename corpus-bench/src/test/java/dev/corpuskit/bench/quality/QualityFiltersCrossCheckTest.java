package dev.corpuskit.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.quality.FineWebQuality;
import dev.corpuskit.quality.GopherQuality;
import dev.corpuskit.quality.GopherRepetition;
import dev.corpuskit.quality.NltkWords;
import dev.corpuskit.quality.QualityVerdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Cross-check of the gopher-quality, gopher-repetition and fineweb rules with a transcription of the
 * reference definitions written here independently, line by line from datatrove's
 * {@code GopherQualityFilter.filter}, {@code GopherRepetitionFilter.filter} (with {@code get_n_grams},
 * {@code find_duplicates}, {@code find_top_duplicate}, {@code find_all_duplicate}) and
 * {@code FineWebQualityFilter.filter}, in the straightforward style of the Python (strings, regular
 * expressions, lists; no shared helper with the production code). Both sides use the same word tokens
 * ({@link NltkWords}, the stand-in for NLTK's {@code word_tokenize} that the core documents), since NLTK
 * cannot run here. On every gold text and every full text of the two bench sets (over 3,000 documents),
 * the reason code of the first failed check (or none) must agree for each filter: 100%. It also prints
 * how many decisions would change if every period after an abbreviation, an initial or a number were
 * split off, the most that NLTK's trained Punkt model could change where it disagrees with the stand-in.
 */
class QualityFiltersCrossCheckTest {

  @Test
  void rulesAgreeWithTheReferenceDefinitionsOnRealDocuments() {
    List<String> documents = new ArrayList<>();
    for (var folder : List.of(BenchFixture.folder(), BenchFixture.webFolder())) {
      for (Page page : BenchFixture.pages(folder)) {
        documents.add(page.gold());
        documents.add(page.text());
      }
    }
    GopherQuality quality = new GopherQuality(GopherQuality.DEFAULTS);
    GopherRepetition repetition = new GopherRepetition(GopherRepetition.DEFAULTS);
    FineWebQuality fineweb = new FineWebQuality(FineWebQuality.DEFAULTS);
    Map<String, Integer> agree = new TreeMap<>();
    Map<String, Integer> dropped = new TreeMap<>();
    List<String> disagreements = new ArrayList<>();
    Map<String, Integer> sensitive = new TreeMap<>();
    for (int i = 0; i < documents.size(); i++) {
      String text = documents.get(i);
      List<String> words = NltkWords.tokenize(text);
      List<String> split = splitEveryPeriod(words);
      if (!split.equals(words)) {
        sensitive.merge("tokens", 1, Integer::sum);
        if (!java.util.Objects.equals(Reference.gopherQuality(text, words), Reference.gopherQuality(text, split))) {
          sensitive.merge("gopher-quality", 1, Integer::sum);
        }
        if (!java.util.Objects.equals(Reference.gopherRepetition(text, words),
            Reference.gopherRepetition(text, split))) {
          sensitive.merge("gopher-repetition", 1, Integer::sum);
        }
        if (!java.util.Objects.equals(Reference.fineweb(text, words), Reference.fineweb(text, split))) {
          sensitive.merge("fineweb", 1, Integer::sum);
        }
      }
      compare("gopher-quality", i, reason(quality.measure(text, words)), Reference.gopherQuality(text, words),
          agree, dropped, disagreements);
      compare("gopher-repetition", i, reason(repetition.measure(text, words)),
          Reference.gopherRepetition(text, words), agree, dropped, disagreements);
      compare("fineweb", i, reason(fineweb.measure(text, words)), Reference.fineweb(text, words), agree,
          dropped, disagreements);
    }
    System.out.printf("quality filters cross-check: %d documents; agreeing %s; dropped %s%n", documents.size(),
        agree, dropped);
    System.out.printf("sentence-splitting exposure: documents whose decision changes when every word's final"
        + " period is split off (abbreviations, initials, numbers included): %s%n", sensitive);
    assertThat(documents).hasSizeGreaterThanOrEqualTo(300);
    assertThat(disagreements).isEmpty();
  }

  /**
   * The tokens as they would be if Punkt ended a sentence after every abbreviation, initial and number:
   * the opposite extreme to the stand-in's lists, so that the count of decisions it changes bounds how
   * many documents the sentence splitting can matter to.
   */
  private static List<String> splitEveryPeriod(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      if (w.length() > 1 && w.endsWith(".") && !w.endsWith("..")) {
        out.add(w.substring(0, w.length() - 1));
        out.add(".");
      } else {
        out.add(w);
      }
    }
    return out;
  }

  private static String reason(QualityVerdict verdict) {
    return verdict.failure().map(QualityVerdict.Failure::reason).orElse(null);
  }

  private static void compare(String filter, int doc, String ours, String reference, Map<String, Integer> agree,
      Map<String, Integer> dropped, List<String> disagreements) {
    if (java.util.Objects.equals(ours, reference)) {
      agree.merge(filter, 1, Integer::sum);
    } else {
      disagreements.add(filter + " document " + doc + ": rule " + ours + ", reference " + reference);
    }
    if (reference != null) {
      dropped.merge(filter, 1, Integer::sum);
    }
  }

  /** The reference definitions, transcribed; each returns the reason code in kebab case or null. */
  static final class Reference {

    static final String PY_SPACE = "[\\t\\n\\x0B\\f\\r\\x1C\\x1D\\x1E\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A"
        + "\\u2028\\u2029\\u202F\\u205F\\u3000]";
    static final Pattern LEADING = Pattern.compile("^" + PY_SPACE + "+");
    static final Pattern TRAILING = Pattern.compile(PY_SPACE + "+$");
    static final Pattern LINE_BREAKS = Pattern.compile("\r\n|[\n\r\u000B\u000C\u001C\u001D\u001E\u0085\u2028\u2029]");
    static final Set<Integer> PUNCT = new HashSet<>();

    static {
      "!/—”:％１〈&(、━\\【#%「」，】；+^]~“《„';’{|∶´[=-`*．（–？！：$～«〉,><》)?）。…@_.\"}►»".codePoints()
          .forEach(PUNCT::add);
      int[][] ranges = {{0, 9}, {11, 13}, {13, 32}, {127, 160}};
      for (int[] r : ranges) {
        for (int c = r[0]; c < r[1]; c++) {
          PUNCT.add(c);
        }
      }
    }

    static int len(String s) {
      return s.codePointCount(0, s.length());
    }

    static String lstrip(String s) {
      return LEADING.matcher(s).replaceFirst("");
    }

    static String rstrip(String s) {
      return TRAILING.matcher(s).replaceFirst("");
    }

    static String strip(String s) {
      return rstrip(lstrip(s));
    }

    static int count(String s, String sub) {
      return s.split(Pattern.quote(sub), -1).length - 1;
    }

    static List<String> splitlines(String s) {
      if (s.isEmpty()) {
        return List.of();
      }
      List<String> lines = new ArrayList<>(Arrays.asList(LINE_BREAKS.split(s, -1)));
      if (LINE_BREAKS.matcher(s).find() && lines.get(lines.size() - 1).isEmpty()) {
        lines.remove(lines.size() - 1);
      }
      return lines;
    }

    static boolean isAlpha(int c) {
      int t = Character.getType(c);
      return t == Character.UPPERCASE_LETTER || t == Character.LOWERCASE_LETTER || t == Character.TITLECASE_LETTER
          || t == Character.MODIFIER_LETTER || t == Character.OTHER_LETTER;
    }

    /** GopherQualityFilter.filter with its default arguments. */
    static String gopherQuality(String text, List<String> words) {
      int nWords = words.size();
      List<String> nonSymbolWords = words.stream().filter(w -> w.codePoints().anyMatch(c -> !PUNCT.contains(c)))
          .toList();
      int n = nonSymbolWords.size();
      if (n < 50) {
        return "gopher-short-doc";
      }
      if (n > 100000) {
        return "gopher-long-doc";
      }
      double avg = nonSymbolWords.stream().mapToInt(Reference::len).average().orElse(Double.NaN);
      if (avg < 3) {
        return "gopher-below-avg-threshold";
      }
      if (avg > 10) {
        return "gopher-above-avg-threshold";
      }
      if ((double) count(text, "#") / nWords > 0.1) {
        return "gopher-too-many-hashes";
      }
      if ((double) (count(text, "...") + count(text, "…")) / nWords > 0.1) {
        return "gopher-too-many-ellipsis";
      }
      List<String> lines = splitlines(text);
      long bullets = lines.stream().filter(s -> lstrip(s).startsWith("•") || lstrip(s).startsWith("-")).count();
      if ((double) bullets / lines.size() > 0.9) {
        return "gopher-too-many-bullets";
      }
      long ellipsis = lines.stream().filter(s -> rstrip(s).endsWith("...") || rstrip(s).endsWith("…")).count();
      if ((double) ellipsis / lines.size() > 0.3) {
        return "gopher-too-many-end-ellipsis";
      }
      long alpha = words.stream().filter(w -> w.codePoints().anyMatch(Reference::isAlpha)).count();
      if ((double) alpha / nWords < 0.8) {
        return "gopher-below-alpha-threshold";
      }
      Set<String> stop = Set.of("the", "be", "to", "of", "and", "that", "have", "with");
      if (words.stream().filter(stop::contains).count() < 2) {
        return "gopher-enough-stop-words";
      }
      return null;
    }

    /** find_duplicates: {duplicate elements, their characters}. */
    static int[] findDuplicates(List<String> x) {
      Set<String> unique = new HashSet<>();
      int chars = 0;
      int elements = 0;
      for (String e : x) {
        if (unique.contains(e)) {
          chars += len(e);
          elements += 1;
        } else {
          unique.add(e);
        }
      }
      return new int[] {elements, chars};
    }

    static List<String> getNGrams(List<String> words, int n) {
      List<String> grams = new ArrayList<>();
      for (int i = 0; i < words.size() - n + 1; i++) {
        grams.add(String.join(" ", words.subList(i, i + n)));
      }
      return grams;
    }

    static int findTopDuplicate(List<String> x) {
      Map<String, Integer> counter = new LinkedHashMap<>();
      for (String e : x) {
        counter.merge(e, 1, Integer::sum);
      }
      Map.Entry<String, Integer> top = null;
      for (Map.Entry<String, Integer> e : counter.entrySet()) {
        if (top == null || e.getValue() > top.getValue()) {
          top = e;
        }
      }
      return len(top.getKey()) * top.getValue();
    }

    static int findAllDuplicate(List<String> words, int n) {
      int nWords = words.size();
      Set<String> unique = new HashSet<>();
      int repeated = 0;
      int idx = 0;
      while (idx < nWords - n + 1) {
        String gram = String.join("", words.subList(idx, idx + n));
        if (unique.contains(gram)) {
          repeated += len(gram);
          idx += n;
        } else {
          unique.add(gram);
          idx += 1;
        }
      }
      return repeated;
    }

    /** GopherRepetitionFilter.filter with its default arguments; null for an empty text (undefined). */
    static String gopherRepetition(String text, List<String> words) {
      if (text.isEmpty()) {
        return null;
      }
      double length = len(text);
      List<String> paragraphs = Arrays.asList(strip(text).split("\n{2,}", -1));
      int[] para = findDuplicates(paragraphs);
      if ((double) para[0] / paragraphs.size() > 0.3) {
        return "dup-para-frac";
      }
      if (para[1] / length > 0.2) {
        return "dup-para-char-frac";
      }
      List<String> lines = Arrays.asList(text.split("\n+", -1));
      int[] line = findDuplicates(lines);
      if ((double) line[0] / lines.size() > 0.3) {
        return "dup-line-frac";
      }
      if (line[1] / length > 0.2) {
        return "dup-line-char-frac";
      }
      double[][] top = {{2, 0.2}, {3, 0.18}, {4, 0.16}};
      for (double[] t : top) {
        List<String> grams = getNGrams(words, (int) t[0]);
        if (grams.isEmpty()) {
          continue;
        }
        if (findTopDuplicate(grams) / length > t[1]) {
          return "top-" + (int) t[0] + "-gram";
        }
      }
      double[][] dup = {{5, 0.15}, {6, 0.14}, {7, 0.13}, {8, 0.12}, {9, 0.11}, {10, 0.10}};
      for (double[] t : dup) {
        if (findAllDuplicate(words, (int) t[0]) / length > t[1]) {
          return "duplicated-" + (int) t[0] + "-n-grams";
        }
      }
      return null;
    }

    /** FineWebQualityFilter.filter with its default arguments. */
    static String fineweb(String text, List<String> words) {
      List<String> lines = Arrays.asList(text.split("\n", -1));
      long punct = lines.stream().filter(l -> l.endsWith(".") || l.endsWith("'") || l.endsWith("\"")
          || l.endsWith("!") || l.endsWith("?")).count();
      double ratio = (double) punct / lines.size();
      if (ratio <= 0.12) {
        return "line-punct-ratio";
      }
      ratio = (double) lines.stream().filter(l -> len(l) <= 30).count() / lines.size();
      if (ratio >= 0.67) {
        return "short-line-ratio";
      }
      List<String> nonEmpty = lines.stream().filter(l -> !strip(l).isEmpty()).toList();
      ratio = (double) findDuplicates(nonEmpty)[1] / len(text.replace("\n", ""));
      if (ratio >= 0.01) {
        return "char-dup-ratio";
      }
      if ((double) (text.split("\n", -1).length - 1) / words.size() > 0.3) {
        return "list-ratio";
      }
      return null;
    }
  }
}
