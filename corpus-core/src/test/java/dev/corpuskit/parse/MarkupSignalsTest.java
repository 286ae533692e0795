package dev.corpuskit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkupSignalsTest {

  private static Element element(String attributes) {
    return Jsoup.parse("<div " + attributes + ">x</div>").selectFirst("div");
  }

  @Test
  void classIdAndRoleSplitIntoWordsAtPunctuationAndCamelCase() {
    assertThat(MarkupSignals.words(element("class=\"c-share__bar relatedStories\" id=js_comments role=complementary")))
        .containsExactly("c", "share", "bar", "related", "storie", "js", "comment", "complementary");
  }

  @Test
  void furnitureIsNamedByWholeWordsOnly() {
    assertThat(MarkupSignals.furnitureWords(element("class=\"article-comments\""))).containsExactly("comment");
    assertThat(MarkupSignals.furnitureWords(element("class=\"header-download loaded\""))).isEmpty();
    assertThat(MarkupSignals.weight(element("class=\"entry-content\""))).isEqualTo(1);
    assertThat(MarkupSignals.weight(element("class=\"sidebar\""))).isEqualTo(-1);
    assertThat(MarkupSignals.weight(element("class=\"grid\""))).isZero();
  }

  @Test
  void hidingClassesHideUnlessAnotherClassShowsTheElementAgain() {
    assertThat(MarkupSignals.hidden(element("class=\"message hidden\""))).isTrue();
    assertThat(MarkupSignals.hidden(element("class=\"sr-only\""))).isTrue();
    assertThat(MarkupSignals.hidden(element("class=\"d-none\""))).isTrue();
    assertThat(MarkupSignals.hidden(element("class=\"hidden md:block\""))).isFalse();
    assertThat(MarkupSignals.hidden(element("class=\"d-none d-lg-block\""))).isFalse();
    assertThat(MarkupSignals.hidden(element("class=\"hidden visible-md\""))).isFalse();
    assertThat(MarkupSignals.hidden(element("class=\"hidden-xs\""))).isFalse();
  }

  @Test
  void aClassOrAnIdOfArticleWordsAndNumbersNamesTheArticle() {
    assertThat(MarkupSignals.namesArticle(element("class=\"hentry author-admin tag-europe\""))).isTrue();
    assertThat(MarkupSignals.namesArticle(element("class=\"widget Blog\" id=\"Blog1\""))).isTrue();
    assertThat(MarkupSignals.namesArticle(element("class=\"post-meta\" id=\"post-5899\""))).isTrue();
    assertThat(MarkupSignals.namesArticle(element("class=\"widget BlogArchive\""))).isFalse();
    assertThat(MarkupSignals.namesArticle(element("class=\"comment-body\" id=\"comment-42\""))).isFalse();
    assertThat(MarkupSignals.namesArticle(element("id=\"42\""))).isFalse();
  }

  @Test
  void twoArticleWordsGluedTogetherNameTheArticle() {
    assertThat(MarkupSignals.namesArticle(element("class=\"storycontent\""))).isTrue();
    assertThat(MarkupSignals.namesArticle(element("id=\"entrybody\""))).isTrue();
    assertThat(MarkupSignals.weight(element("class=\"postcontent clearfix\""))).isEqualTo(1);
    assertThat(MarkupSignals.namesArticle(element("class=\"blogarchive\""))).isFalse();
    assertThat(MarkupSignals.namesArticle(element("class=\"contentious\""))).isFalse();
  }

  @Test
  void aCommentNamedInOneGluedWordIsAComment() {
    assertThat(MarkupSignals.furnitureWords(element("class=\"commentlist\""))).containsExactly("comment");
    assertThat(MarkupSignals.furnitureWords(element("class=\"commentbody by-jane\""))).containsExactly("comment");
    assertThat(MarkupSignals.furnitureWords(element("class=\"postcomment\""))).containsExactly("comment");
    assertThat(MarkupSignals.furnitureWords(element("class=\"commentary-body\""))).isEmpty();
  }
}
