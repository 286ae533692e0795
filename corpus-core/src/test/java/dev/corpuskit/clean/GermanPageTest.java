package dev.corpuskit.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.audit.Change;
import dev.corpuskit.parse.HtmlParser;
import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A German news page ({@code seeds-de/fernwaerme}, as plain text and as HTML) cleaned as the English
 * seeds are: with language {@code de} its boilerplate goes under the German rules and its article stays
 * word for word; with {@code en} the German boilerplate stays, so the German data is what removes it.
 */
class GermanPageTest {

  private static final CleanerConfig GERMAN = new CleanerConfig(Set.of(), "de");
  private static final CleanerConfig ENGLISH = new CleanerConfig(Set.of(), "en");

  private static final String TEXT = SeedGoldenTest.read("seeds-de/fernwaerme.txt");

  /** The page's boilerplate lines and the audit id each goes under in German, in page order. */
  private static final Map<String, String> BOILERPLATE = new LinkedHashMap<>();

  static {
    BOILERPLATE.put("Diese Website verwendet Cookies. Durch die weitere Nutzung der Website stimmen Sie der"
        + " Verwendung von Cookies zu.", "boilerplate/cookie-notice");
    BOILERPLATE.put("Alle akzeptieren", "boilerplate/cookie-notice");
    BOILERPLATE.put("Cookie-Einstellungen", "boilerplate/cookie-notice");
    BOILERPLATE.put("Von Katharina Berger", "boilerplate/byline");
    BOILERPLATE.put("Veröffentlicht am 12.03.2019, 14:30 Uhr", "boilerplate/dateline");
    BOILERPLATE.put("Teilen Sie diesen Artikel", "boilerplate/share-prompt");
    BOILERPLATE.put("Auf Facebook teilen", "boilerplate/share-prompt");
    BOILERPLATE.put("Per E-Mail teilen", "boilerplate/share-prompt");
    BOILERPLATE.put("Auf der Baustelle an der Bahnhofstraße verlegen Arbeiter seit Januar neue Leitungen."
        + " Foto: Jens Hartmann/dpa", "boilerplate/photo-credit");
    BOILERPLATE.put("Anzeige", "boilerplate/advert-label");
    BOILERPLATE.put("Lesen Sie auch: Gemeinderat streitet über höhere Müllgebühren", "boilerplate/see-also");
    BOILERPLATE.put("© dpa-infocom, dpa:190312-99-345678/3", "boilerplate/copyright");
    BOILERPLATE.put("Jetzt den Newsletter abonnieren", "boilerplate/newsletter");
    BOILERPLATE.put("Schlagworte: Energie, Stadtwerke, Klimaschutz, Neustadt", "boilerplate/taxonomy");
    BOILERPLATE.put("Artikel teilen", "boilerplate/share-prompt");
    BOILERPLATE.put("Mehr zum Thema", "boilerplate/related-articles");
    // The rest of the page after "Mehr zum Thema" goes with it, each line under the rule it matches itself.
    BOILERPLATE.put("Gemeinderat beschließt Klimaplan für Neustadt", "boilerplate/related-articles");
    BOILERPLATE.put("Strompreise: Was Kunden der Stadtwerke jetzt wissen müssen", "boilerplate/related-articles");
    BOILERPLATE.put("Kommentare (3)", "boilerplate/comment-count");
    BOILERPLATE.put("Kommentar schreiben", "boilerplate/comment-section");
    BOILERPLATE.put("Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.",
        "boilerplate/comment-form");
    BOILERPLATE.put("Kommentar abschicken", "boilerplate/comment-form");
  }

  /** The comment thread and the footer below it: cut from the first "... schrieb:" header on. */
  private static final List<String> THREAD = List.of("Gerhard K. schrieb:",
      "Endlich passiert etwas. Wir heizen seit dreißig Jahren mit Öl und warten seit Jahren auf einen"
          + " Anschluss in der Nordstadt.",
      "Antworten", "Monika S. schrieb:", "Und wer bezahlt das am Ende? Die Mieter, wie immer.",
      "Peter_N schrieb:", "Holz aus der Region klingt gut, aber reicht das wirklich für die halbe Stadt?",
      "Impressum | Datenschutz | Kontakt | AGB", "© 2019 Neustädter Rundschau GmbH. Alle Rechte vorbehalten.");

  /** The headline: a short line outside the main text, judged alike in any language, so not asserted. */
  private static final String HEADLINE = "Neustadt will bis 2035 jedes zweite Haus mit Fernwärme versorgen";

  @Test
  void theArticleIsEveryOtherLineOfThePage() {
    assertThat(article()).hasSize(7).allMatch(paragraph -> paragraph.length() > 150);
  }

  @Test
  void germanBoilerplateGoesUnderTheGermanRules() {
    Cleaned cleaned = new Cleaner(GERMAN).clean(TEXT);

    for (Map.Entry<String, String> line : BOILERPLATE.entrySet()) {
      assertThat(cleaned.changes()).as(line.getKey())
          .anyMatch(c -> c.isRemoval() && c.before().equals(line.getKey()) && c.step().equals(line.getValue()));
    }
    for (String line : THREAD) {
      assertThat(cleaned.changes()).as(line)
          .anyMatch(c -> c.isRemoval() && c.before().equals(line) && c.step().equals("comment-thread/thread"));
    }
  }

  @Test
  void germanCleaningKeepsTheArticleWordForWordAndInOrder() {
    List<String> out = new Cleaner(GERMAN).clean(TEXT).text().lines().filter(l -> !l.isEmpty()).toList();

    assertThat(out).filteredOn(line -> !line.equals(HEADLINE)).containsExactlyElementsOf(article());
  }

  @Test
  void englishDataKeepsTheGermanBoilerplate() {
    Cleaned cleaned = new Cleaner(ENGLISH).clean(TEXT);

    assertThat(cleaned.text().lines()).contains("Teilen Sie diesen Artikel", "Auf Facebook teilen",
        "Veröffentlicht am 12.03.2019, 14:30 Uhr", "Mehr zum Thema", "Kommentar schreiben");
    assertThat(cleaned.changes()).extracting(Change::step).doesNotContain("boilerplate/share-prompt");
  }

  @Test
  void germanCleaningIsIdempotent() {
    Cleaner cleaner = new Cleaner(GERMAN);
    String once = cleaner.clean(TEXT).text();

    assertThat(cleaner.clean(once).text()).isEqualTo(once);
  }

  @Test
  void theHtmlPageCleansToItsArticle() {
    byte[] html = SeedGoldenTest.read("seeds-de/fernwaerme.html").getBytes(StandardCharsets.UTF_8);
    ParsedDocument page = new HtmlParser().parse(new SourceFile(Path.of("corpus"), "fernwaerme.html"), html,
        StandardCharsets.UTF_8);

    List<String> out = new Cleaner(GERMAN).cleanMainText(page.text()).text().lines().toList();

    assertThat(out).containsSubsequence(article());
    assertThat(out).doesNotContainAnyElementsOf(BOILERPLATE.keySet()).doesNotContainAnyElementsOf(THREAD)
        .doesNotContain("Startseite", "Politik", "Neustädter Rundschau");
  }

  /** The lines of the page that are neither boilerplate, thread nor headline: the article's paragraphs. */
  private static List<String> article() {
    List<String> article = new ArrayList<>();
    for (String line : TEXT.split("\n")) {
      if (!line.isEmpty() && !BOILERPLATE.containsKey(line) && !THREAD.contains(line) && !line.equals(HEADLINE)) {
        article.add(line);
      }
    }
    return article;
  }
}
