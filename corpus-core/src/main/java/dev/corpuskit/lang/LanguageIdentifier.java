package dev.corpuskit.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies the language of a text with Apache OpenNLP's language detector and its published model
 * {@code langdetect-183.bin} (103 languages, trained on the Leipzig corpora; Apache-2.0, from the
 * artifact {@code org.apache.opennlp:opennlp-models-langdetect}).
 *
 * <p>The model (about 10 MB) is read once per JVM, on first use. {@link #identify} scores the text
 * with the model's parameters through {@code NgramScorer}, which gives OpenNLP's
 * {@code LanguageDetectorME} probabilities to the last bit at well under half its cost; each thread
 * has its own buffers, so {@link #identify} is safe to call from any thread. A detector's answer
 * depends on the text alone, so a document's language does not depend on the thread or the other
 * documents.
 *
 * <p>Only the first {@link #MAX_CHARS} characters are read (cut before a surrogate pair, never
 * inside one): the detector's cost grows with the text, and its answer does not improve past a few
 * hundred words. On texts of 50 of Lingua's test sentences (6 to 15 kB; 273 texts of the 69 languages
 * the model knows), 268 are identified right when cut at 2,000 characters and 266 when cut at
 * 10,000, at less than half the cost; the mean score is 0.979 against 0.985.
 *
 * <p>The model names languages by ISO 639-3 codes, some of them individual languages of a
 * macrolanguage ({@code cmn} Mandarin, {@code pes} Iranian Persian, {@code ekk} Standard Estonian,
 * {@code lvs} Standard Latvian, {@code plt} Plateau Malagasy); Corpuskit speaks ISO 639-1 as its
 * configuration does, and maps each such code to its macrolanguage's two-letter code ({@code zh},
 * {@code fa}, {@code et}, {@code lv}, {@code mg}). A language without a two-letter code keeps its
 * three letters ({@code ceb} Cebuano, {@code gsw} Swiss German).
 *
 * <p>Some of the model's languages are members of one ISO 639-3 macrolanguage and too close for it to
 * tell apart reliably: on Lingua's documents it takes a third of the Bosnian ones for Croatian, and
 * half of the Malay ones for Indonesian (CLD3 and fastText are known to make the same confusions).
 * {@link #macrolanguage} groups them as the ISO 639-3 macrolanguage table does, so that the
 * {@code language} rule can accept a close neighbour of a configured language; the code stated for a
 * document stays the model's own.
 */
public final class LanguageIdentifier {

  /** The resource of the model in its artifact. */
  public static final String MODEL = "/langdetect-183.bin";

  /** The most characters of a document the detector reads. */
  public static final int MAX_CHARS = 2_000;

  /**
   * Codes of the model that Java's locale table does not map to ISO 639-1: individual languages of a
   * macrolanguage, and the three languages whose old codes Java may still give ({@code iw}, {@code in},
   * {@code ji}).
   */
  private static final Map<String, String> MACROLANGUAGES = Map.ofEntries(
      Map.entry("cmn", "zh"), Map.entry("pes", "fa"), Map.entry("ekk", "et"), Map.entry("lvs", "lv"),
      Map.entry("plt", "mg"), Map.entry("zsm", "ms"), Map.entry("uzn", "uz"), Map.entry("khk", "mn"),
      Map.entry("azj", "az"), Map.entry("swh", "sw"), Map.entry("heb", "he"), Map.entry("ind", "id"),
      Map.entry("yid", "yi"));

  private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

  /**
   * The macrolanguage of each of the model's languages that has another member in the model, after
   * {@link #iso639_1} (ISO 639-3 macrolanguage table: {@code hbs} Serbo-Croatian holds {@code bos},
   * {@code hrv}, {@code srp}; {@code msa} Malay holds {@code ind}, {@code zsm} and {@code min}
   * Minangkabau; {@code nor} Norwegian holds {@code nob}, {@code nno}; {@code zho} Chinese holds
   * {@code cmn} and {@code nan} Min Nan). A macrolanguage is named by its ISO 639-1 code when it has
   * one; Serbo-Croatian's ({@code sh}) is deprecated, so it is {@code hbs}. The macrolanguages whose
   * members the model does not tell apart ({@code est}/{@code ekk}, {@code fas}/{@code pes},
   * {@code lav}/{@code lvs}) are already one code.
   */
  private static final Map<String, String> MACROLANGUAGE_OF = Map.ofEntries(
      Map.entry("bs", "hbs"), Map.entry("hr", "hbs"), Map.entry("sr", "hbs"),
      Map.entry("ms", "ms"), Map.entry("id", "ms"), Map.entry("min", "ms"),
      Map.entry("nb", "no"), Map.entry("nn", "no"),
      Map.entry("zh", "zh"), Map.entry("nan", "zh"));

  private static final ThreadLocal<LanguageDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new LanguageDetectorME(Model.LOADED));

  private LanguageIdentifier() {}

  /** The model, read on first use. */
  private static final class Model {
    static final LanguageDetectorModel LOADED = load();
    static final NgramScorer SCORER = new NgramScorer(LOADED);

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new IllegalStateException(MODEL + " is not on the class path: the artifact"
              + " org.apache.opennlp:opennlp-models-langdetect holds it");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the language model " + MODEL, e);
      }
    }
  }

  /**
   * The most likely language of {@code text} (at most its first {@link #MAX_CHARS} characters) and
   * its probability.
   */
  public static DetectedLanguage identify(CharSequence text) {
    return identify(text, MAX_CHARS);
  }

  /**
   * The most likely language of the first {@code maxChars} characters of {@code text}: for measuring
   * what the cap costs; {@link #identify(CharSequence)} is the one to use.
   */
  public static DetectedLanguage identify(CharSequence text, int maxChars) {
    NgramScorer.Best best = Model.SCORER.best(capped(text, maxChars));
    double score = Math.min(1, Math.max(0, best.probability()));
    return new DetectedLanguage(iso639_1(best.outcome()), score);
  }

  /** OpenNLP's own detector on the same text: for checking that {@link #identify} agrees with it. */
  static opennlp.tools.langdetect.Language[] identifyWithOpenNlp(CharSequence text, int maxChars) {
    return DETECTOR.get().predictLanguages(capped(text, maxChars).toString());
  }

  /** Whether {@code text}'s n-grams are ordered without {@code HashMap}s (see {@link NgramScorer}). */
  static boolean plainOrder(CharSequence text) {
    return Model.SCORER.plainOrder(capped(text, MAX_CHARS));
  }

  /** The model's languages (ISO 639-3), in the order of {@link #probabilities}. */
  static String[] outcomes() {
    return Model.SCORER.outcomes();
  }

  /** The probability of each of the model's languages, in its order, as {@link #identify} computes them. */
  static double[] probabilities(CharSequence text, int maxChars) {
    return Model.SCORER.probabilities(capped(text, maxChars));
  }

  /** {@code text} cut to at most {@link #MAX_CHARS} characters, never between the halves of a pair. */
  static CharSequence capped(CharSequence text) {
    return capped(text, MAX_CHARS);
  }

  private static CharSequence capped(CharSequence text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    int end = maxChars;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.subSequence(0, end);
  }

  /**
   * The ISO 639-1 code of the model's ISO 639-3 code {@code iso3} ({@code deu} gives {@code de},
   * {@code cmn} gives {@code zh}), or {@code iso3} itself when the language has none.
   */
  public static String iso639_1(String iso3) {
    return ISO3_TO_ISO1.getOrDefault(iso3, iso3);
  }

  /**
   * The ISO 639 macrolanguage {@code code} belongs to ({@code hbs} for {@code bs}, {@code hr} and
   * {@code sr}; {@code ms} for {@code id}; {@code no} for {@code nb} and {@code nn}; {@code zh} for
   * {@code nan}), or {@code code} itself when no other language of the model shares one with it.
   */
  public static String macrolanguage(String code) {
    return MACROLANGUAGE_OF.getOrDefault(code, code);
  }

  /** Whether {@code a} and {@code b} are one language or members of one macrolanguage. */
  public static boolean sameMacrolanguage(String a, String b) {
    return a.equals(b) || macrolanguage(a).equals(macrolanguage(b));
  }

  /** Whether {@code code} names a macrolanguage of the model's languages ({@code hbs}, {@code no}, ...). */
  public static boolean isMacrolanguage(String code) {
    return MACROLANGUAGE_OF.containsValue(code);
  }

  /** The codes, as {@link DetectedLanguage#code} states them, of every language the model knows, sorted. */
  public static Set<String> supported() {
    return Supported.CODES;
  }

  /** Whether the model can answer {@code code} (ISO 639-1, or ISO 639-3 for a language without one). */
  public static boolean isSupported(String code) {
    return supported().contains(code);
  }

  private static final class Supported {
    static final Set<String> CODES = codes();

    private static Set<String> codes() {
      java.util.SortedSet<String> codes = new TreeSet<>();
      for (String iso3 : List.of(DETECTOR.get().getSupportedLanguages())) {
        codes.add(iso639_1(iso3));
      }
      return java.util.Collections.unmodifiableSortedSet(codes);
    }
  }

  private static Map<String, String> iso3ToIso1() {
    Map<String, String> map = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        map.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
      } catch (java.util.MissingResourceException noThreeLetterCode) {
        // skipped: no such language in the model either
      }
    }
    map.putAll(MACROLANGUAGES);
    return Map.copyOf(map);
  }
}
