package dev.corpuskit.bench.near;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.bench.near.Republished.Edit;
import dev.corpuskit.bench.near.Republished.Version;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RepublishedTest {

  private static final List<Doc> ARTICLES = IntStream.range(0, 6)
      .mapToObj(a -> new Doc("art" + a, IntStream.range(0, 8)
          .mapToObj(p -> IntStream.range(0, 30).mapToObj(w -> "a" + a + "p" + p + "w" + w)
              .collect(Collectors.joining(" ")))
          .collect(Collectors.joining("\n\n"))))
      .toList();

  @Test
  void theSameSeedGivesTheSameCopiesAndAnotherSeedOthers() {
    assertThat(new Republished(ARTICLES, 4).withinBound(3)).isEqualTo(new Republished(ARTICLES, 4).withinBound(3));
    assertThat(new Republished(ARTICLES, 4).atLevel(0.03)).isEqualTo(new Republished(ARTICLES, 4).atLevel(0.03));
    assertThat(new Republished(ARTICLES, 4).withinBound(3)).isNotEqualTo(new Republished(ARTICLES, 5).withinBound(3));
  }

  @Test
  void everyCopyIsWithinTheBoundAndItsEditsAreWhatItSays() {
    List<Version> versions = new Republished(ARTICLES, 11).withinBound(3);

    assertThat(versions).hasSize(ARTICLES.size() * 4);
    for (Version v : versions) {
      assertThat(v.budget()).isLessThanOrEqualTo(1.0);
      int original = Noise.words(ARTICLES.get(v.article()).text());
      int body = Noise.words(Noise.paragraphs(v.doc().text()).stream()
          .filter(p -> p.startsWith("a" + v.article() + "p")).collect(Collectors.joining(" ")));
      switch (v.edit()) {
        case ORIGINAL -> assertThat(v.doc()).isEqualTo(ARTICLES.get(v.article()));
        case TOUCHED -> {
          assertThat(v.touched()).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(Republished.TOUCH_BOUND);
          assertThat(v.dropped()).isZero();
        }
        case CUT -> {
          assertThat(v.dropped()).isLessThanOrEqualTo(Republished.DROP_BOUND);
          assertThat(body).isEqualTo(Math.round(original * (1 - v.dropped())));
        }
        default -> throw new AssertionError(v);
      }
    }
    assertThat(versions).filteredOn(v -> v.edit() == Edit.TOUCHED).isNotEmpty();
    assertThat(versions).filteredOn(v -> v.edit() == Edit.CUT).isNotEmpty();
  }

  @Test
  void aPairShouldBeFoundWhenItsTwoBudgetsAddUpToAtMostOne() {
    Doc doc = new Doc("x", "text");
    Version original = new Version(doc, 0, Edit.ORIGINAL, 0, 0);
    Version touched = new Version(doc, 0, Edit.TOUCHED, 0.01, 0);
    Version cut = new Version(doc, 0, Edit.CUT, 0, 0.05);
    Version heavy = new Version(doc, 0, Edit.TOUCHED, 0.015, 0);
    Version otherArticle = new Version(doc, 1, Edit.ORIGINAL, 0, 0);

    assertThat(original.shouldPair(heavy)).isTrue();
    assertThat(touched.shouldPair(cut)).isTrue(); // 0.5 + 0.5
    assertThat(touched.shouldPair(heavy)).isFalse(); // 0.5 + 0.75
    assertThat(original.shouldPair(otherArticle)).isFalse();
  }

  @Test
  void aLevelTouchesThatShareOfTheWordsInEachCopy() {
    List<Version> versions = new Republished(ARTICLES, 2).atLevel(0.05);

    assertThat(versions).hasSize(ARTICLES.size() * 3);
    assertThat(versions).filteredOn(v -> v.edit() == Edit.TOUCHED)
        .allSatisfy(v -> assertThat(v.touched()).isEqualTo(12.0 / 240));
  }
}
