package dev.corpuskit.bench.near;

import dev.corpuskit.near.Shingles;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic near-copies of real articles, with what was done to each so that the pairs to find are
 * known: the originals mixed with their republished copies ({@link Noise}).
 *
 * <h2>Ground truth</h2>
 * Every copy gets a header and footer block of its own and, one time in two, a paragraph moved; these
 * are the noise of every republication and do not count against the bound. On top of that a copy is
 * either <em>touched</em> (a share {@code t} of the article's words substituted or given an OCR error)
 * or <em>cut</em> (a paragraph dropped or the tail truncated: a share {@code d} of the words gone).
 * Its edit budget is {@code t / 2% + d / 10%}, so a copy within the bound of the issue (touching up to
 * 2% of the words or dropping up to 10% of the text) spends at most 1. The edits that separate two
 * versions of one article are those of both (an original spends 0), so a pair of the same article
 * <em>should be found</em> when the two budgets add up to at most 1: every copy–original pair here,
 * and the copy–copy pairs of light copies. A pair of two different articles should not be found. A
 * pair of the same article beyond the bound is neither: finding it is not wrong (it is a copy) and
 * missing it is not counted.
 */
public final class Republished {

  /** The bound of the issue: a copy may touch this share of the words... */
  public static final double TOUCH_BOUND = 0.02;
  /** ...or drop this share of them. */
  public static final double DROP_BOUND = 0.10;

  /**
   * An original or a copy.
   *
   * @param doc the text, with id {@code <article id>} for an original and {@code <article id>~<n>}
   *     for its n-th copy
   * @param article the index of the article it comes from
   * @param edit what was done to it
   * @param touched the share of the article's words substituted or given an OCR error
   * @param dropped the share of the article's words dropped
   */
  public record Version(Doc doc, int article, Edit edit, double touched, double dropped) {

    /** The edit budget this version spends: {@code touched / 2% + dropped / 10%}. */
    public double budget() {
      return touched / TOUCH_BOUND + dropped / DROP_BOUND;
    }

    /** Whether {@code this} and {@code other} come from one article with edits within the bound. */
    public boolean shouldPair(Version other) {
      return article == other.article && budget() + other.budget() <= 1 + 1e-9;
    }
  }

  /** What a version is: the original, a copy with words touched, or a copy with text cut. */
  public enum Edit { ORIGINAL, TOUCHED, CUT }

  /** What a copy of the noise-level table was given: words substituted, or OCR errors. */
  public enum Kind { SUBSTITUTED, OCR }

  private final List<Doc> articles;
  private final List<String> vocabulary;
  private final long seed;

  /**
   * @param articles the originals (distinct articles), with the ids the copies' ids start from
   * @param seed fixes every random choice: the same seed gives the same copies
   */
  public Republished(List<Doc> articles, long seed) {
    this.articles = List.copyOf(articles);
    this.seed = seed;
    List<String> words = new ArrayList<>();
    articles.forEach(a -> words.addAll(Shingles.words(a.text())));
    this.vocabulary = words; // with repeats: a word is drawn as often as the corpus uses it
  }

  /** The words of the articles, with repeats: what substitutions draw from. */
  public List<String> vocabulary() {
    return vocabulary;
  }

  /**
   * The originals and {@code copies} copies of each, within the bound: the first touched, the second
   * cut, the others either, each with a share drawn uniformly in (0, bound].
   */
  public List<Version> withinBound(int copies) {
    List<Version> versions = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      Doc article = articles.get(a);
      versions.add(new Version(article, a, Edit.ORIGINAL, 0, 0));
      SplittableRandom random = random(a, 0);
      int words = Noise.words(article.text());
      for (int c = 1; c <= copies; c++) {
        boolean touch = c == 1 || (c > 2 && random.nextBoolean());
        String text = random.nextBoolean() ? Noise.moveParagraph(article.text(), random) : article.text();
        double touched = 0;
        double dropped = 0;
        if (touch) {
          int count = (int) Math.floor(TOUCH_BOUND * (1 - random.nextDouble()) * words);
          int substitutions = random.nextInt(count + 1);
          text = Noise.touch(text, substitutions, count - substitutions, vocabulary, random);
          touched = (double) count / words;
        } else {
          int most = (int) Math.floor(DROP_BOUND * (1 - random.nextDouble()) * words);
          Noise.Cut cut = random.nextBoolean() ? Noise.dropParagraph(text, most, random) : null;
          if (cut == null) {
            cut = Noise.truncate(text, words - most);
          }
          text = cut.text();
          dropped = (double) cut.droppedWords() / words;
        }
        versions.add(new Version(new Doc(article.id() + "~" + c, Noise.frame(text, random)), a,
            touch ? Edit.TOUCHED : Edit.CUT, touched, dropped));
      }
    }
    return versions;
  }

  /**
   * The originals and two copies of each at one noise level: both framed, the first with {@code level}
   * of its words substituted, the second with {@code level} of its words given an OCR error.
   */
  public List<Version> atLevel(double level) {
    List<Version> versions = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      Doc article = articles.get(a);
      versions.add(new Version(article, a, Edit.ORIGINAL, 0, 0));
      SplittableRandom random = random(a, 1 + Math.round(level * 10_000));
      int count = (int) Math.round(level * Noise.words(article.text()));
      double share = (double) count / Noise.words(article.text());
      String substituted = Noise.touch(article.text(), count, 0, vocabulary, random);
      versions.add(new Version(new Doc(article.id() + "~" + Kind.SUBSTITUTED.ordinal(),
          Noise.frame(substituted, random)), a, Edit.TOUCHED, share, 0));
      String ocr = Noise.touch(article.text(), 0, count, vocabulary, random);
      versions.add(new Version(new Doc(article.id() + "~" + Kind.OCR.ordinal(), Noise.frame(ocr, random)),
          a, Edit.TOUCHED, share, 0));
    }
    return versions;
  }

  /** The random source of article {@code a}'s copies of one kind: fixed by the seed, a and the kind. */
  private SplittableRandom random(int a, long kind) {
    return new SplittableRandom(seed * 1_000_003L + a * 7_919L + kind * 104_729L);
  }
}
