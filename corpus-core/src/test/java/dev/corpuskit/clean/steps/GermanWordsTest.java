package dev.corpuskit.clean.steps;

import static dev.corpuskit.clean.steps.StepTesting.audit;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import dev.corpuskit.audit.Change;
import dev.corpuskit.lang.Language;
import dev.corpuskit.lang.Language.LexiconRule;
import dev.corpuskit.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The German language data ({@code dev/corpuskit/lang/de/}): every file loads, each boilerplate rule
 * removes the lines it is written for under its own id, and no rule or word list takes a sentence of
 * German news prose.
 */
class GermanWordsTest {

  private static final Language GERMAN = Language.of("de");

  /** German news prose, with the openings that come nearest to the rules ("Von der...", "Vor drei Tagen..."). */
  static final List<String> ARTICLE_PARAGRAPHS = List.of(
      "Von den 120 Beschäftigten des Werks in Oberau sollen nach Angaben der Gewerkschaft 45 ihren"
          + " Arbeitsplatz verlieren. Das sagte ein Sprecher der IG Metall am Montag der Nachrichtenagentur dpa."
          + " Vor drei Tagen hatte der Betriebsrat noch von einer Einigung gesprochen. Von Anfang an sei klar"
          + " gewesen, dass es ohne Zugeständnisse nicht gehen werde, sagte Betriebsratschef Karl Huber.",
      "Die Polizei hat gegen den 34 Jahre alten Fahrer Anzeige erstattet. Er war am 12. März 2019 um 14:30 Uhr"
          + " mit seinem Wagen auf der Bundesstraße 27 in den Gegenverkehr geraten. Zwei Menschen wurden dabei"
          + " schwer verletzt. Die Inflationsrate lag im Februar bei 1,5 Prozent (Quelle: Destatis). Teilen"
          + " wollte der Sprecher die Einschätzung der Staatsanwaltschaft nicht.",
      "Kommentar und Bericht trennt die Zeitung seit jeher streng. Der Journalist ist seit 2010"
          + " Korrespondent in Brüssel und berichtet über die Europäische Union. Mehr Geld für Schulen hatte"
          + " die Ministerin schon im Wahlkampf versprochen. „Wir werden unsere Partner nicht im Stich lassen“,"
          + " sagte sie. Alle Beteiligten akzeptieren den Kompromiss, auch wenn er niemanden ganz zufriedenstellt.",
      "Foto- und Videoaufnahmen sind während der Sitzung nicht erlaubt, teilte die Stadt mit. Themen der"
          + " Bürgerversammlung sind der Ausbau der Fernwärme und die neuen Müllgebühren. Stand heute haben sich"
          + " mehr als 300 Menschen angemeldet. Weiter geht es am 2. April um 18 Uhr in der Stadthalle. Das"
          + " Kraftwerk in der Weststadt soll bis 2024 vom Netz gehen.",
      "Der Minister sprach von einem guten Tag für die Region. Die Kritiker sehen das anders: Die Kosten"
          + " seien zu hoch, der Zeitplan zu knapp. Kurz nach 17.30 Uhr war die Sitzung beendet. Die Preise für"
          + " Fernwärme sollen nach Angaben der Stadtwerke in den nächsten zwei Jahren stabil bleiben."
          + " Ein Wechsel lohne sich vor allem für Eigentümer alter Ölheizungen.",
      "Am 12. März 2019 um 14:30 Uhr fiel in der Nordstadt der Strom aus. Sein Vater war Journalist, seine"
          + " Mutter Lehrerin. Bild berichtete am Montag als Erstes darüber. Fotos zeigen, wie das Kraftwerk"
          + " aussehen soll. Die Sitzung beginnt am 12.03.2019 um 18:00 Uhr. Empfehlungen der Ständigen"
          + " Impfkommission gelten auch hier.");

  @Test
  void everyFileLoadsAndTheLexiconCompiles() {
    assertThat(GERMAN.isStopWord("Über")).isTrue();
    assertThat(GERMAN.isStopWord("dass")).isTrue();
    assertThat(GERMAN.isStopWord("Fernwärme")).isFalse();
    assertThat(GERMAN.script()).isEqualTo(Character.UnicodeScript.LATIN);
    assertThat(GERMAN.lexicon()).extracting(LexiconRule::id)
        .contains("cookie-notice", "share-prompt", "comment-section", "related-articles", "photo-credit");
    for (LexiconRule rule : GERMAN.lexicon()) {
      // The step anchors each top-level branch on its own: each must compile as such.
      List<String> branches = PatternShape.branches(rule.pattern().pattern());
      for (String branch : branches == null ? List.of(rule.pattern().pattern()) : branches) {
        assertThat(Pattern.compile("^(?:" + branch + ")$")).as(rule.id()).isNotNull();
      }
    }
    assertThat(new BoilerplateStep(GERMAN)).isNotNull();
    assertThat(PolicyWords.of(GERMAN).isEmpty()).isFalse();
    assertThat(AuthorBioWords.of(GERMAN).isEmpty()).isFalse();
    assertThat(ArticleStarts.of(GERMAN).match("Veröffentlicht am 12.03.2019, 14:30 Uhr")).isEqualTo("timestamp");
    assertThat(new CommentThreadStep(GERMAN).quotedHandle("gerhard_k hat geschrieben:")).isEqualTo("gerhard_k");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiterString = " -> ", value = {
      "cookie-notice -> Diese Website verwendet Cookies.",
      "cookie-notice -> Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
      "cookie-notice -> Durch die weitere Nutzung der Seite stimmen Sie der Verwendung von Cookies zu.",
      "cookie-notice -> Datenschutz & Cookies: Diese Website verwendet Cookies.",
      "cookie-notice -> ALLE AKZEPTIEREN",
      "cookie-notice -> Cookies akzeptieren",
      "cookie-notice -> Cookie-Einstellungen",
      "theme-footer -> Neve | Theme für WordPress",
      "theme-footer -> Stolz betrieben von WordPress",
      "theme-footer -> Proudly powered by WordPress",
      "login-prompt -> Sie müssen angemeldet sein, um einen Kommentar abzugeben.",
      "login-prompt -> Zum Kommentieren bitte anmelden.",
      "share-prompt -> Teilen Sie diesen Artikel",
      "share-prompt -> TEILEN SIE DIESEN ARTIKEL",
      "share-prompt -> Diesen Artikel teilen:",
      "share-prompt -> Artikel teilen",
      "share-prompt -> Auf Facebook teilen",
      "share-prompt -> Per E-Mail teilen",
      "share-prompt -> Teilen auf WhatsApp (Öffnet in neuem Fenster)",
      "share-prompt -> Link kopieren",
      "share-prompt -> Teilen",
      "comment-form -> Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.",
      "comment-form -> Deine E-Mail-Adresse wird nicht veröffentlicht.",
      "comment-form -> Antwort abbrechen",
      "comment-form -> Kommentar abschicken",
      "comment-form -> Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser speichern, bis ich wieder kommentiere.",
      "comment-form -> Benachrichtige mich über nachfolgende Kommentare via E-Mail.",
      "comment-form -> Du kommentierst mit deinem WordPress.com-Konto. ( Abmelden / Ändern )",
      "comment-count -> Kommentare (3)",
      "comment-count -> 12 Kommentare",
      "comment-count -> 1 Kommentar",
      "comment-count -> Noch keine Kommentare",
      "read-more -> Weiterlesen",
      "read-more -> Weiterlesen …",
      "read-more -> Mehr lesen",
      "read-more -> Lesen Sie weiter...",
      "comment-section -> Kommentar schreiben",
      "comment-section -> Schreibe einen Kommentar",
      "comment-section -> Hinterlassen Sie eine Antwort",
      "comment-section -> Diskutieren Sie mit:",
      "related-articles -> Mehr zum Thema",
      "related-articles -> Das könnte Sie auch interessieren",
      "related-articles -> Auch interessant",
      "related-articles -> Ähnliche Artikel",
      "related-articles -> ÄHNLICHE BEITRÄGE",
      "article-rating -> Hat Ihnen dieser Artikel gefallen?",
      "article-rating -> War dieser Artikel hilfreich?",
      "post-list -> Ältere Beiträge",
      "post-list -> Neuere Einträge",
      "post-navigation -> Nächster Artikel: Gemeinderat beschließt Klimaplan",
      "post-navigation -> Vorheriger Beitrag",
      "dateline -> Veröffentlicht am 12.03.2019, 14:30 Uhr",
      "dateline -> Aktualisiert am 12. März 2019 um 17:45 Uhr",
      "dateline -> Stand: 12.03.2019 14:30 Uhr",
      "dateline -> Di, 12.03.2019",
      "dateline -> 12. März 2019",
      "dateline -> 12.03.2019 | Katharina Berger",
      "comment-header -> Gerhard K. 12. März 2019 um 16:02",
      "comment-header -> Monika S. schrieb am 12.03.2019 um 16:10 Uhr:",
      "theme-footer -> © 2019 Neustädter Rundschau GmbH. Alle Rechte vorbehalten.",
      "copyright -> Alle Rechte vorbehalten.",
      "copyright -> © dpa-infocom, dpa:190312-99-345678/3",
      "author-bio -> Katharina Berger ist Redakteurin im Ressort Region.",
      "author-bio -> Max Müller ist seit 2015 freier Autor.",
      "signup-consent -> Mit Ihrer Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu.",
      "signup-consent -> Diese Seite ist durch reCAPTCHA geschützt.",
      "affiliate-disclosure -> Dieser Artikel enthält Affiliate-Links.",
      "affiliate-disclosure -> Mit * gekennzeichnete Links sind Provisions-Links.",
      "affiliate-disclosure -> Kaufen Sie über einen dieser Links ein, erhalten wir eine kleine Provision.",
      "photo-credit -> Das neue Kraftwerk soll 2024 in Betrieb gehen. (Foto: dpa)",
      "photo-credit -> Polizeiwagen vor dem Rathaus (Symbolbild)",
      "photo-credit -> Der Minister am Dienstag in Berlin. Foto: Kay Nietfeld/dpa",
      "photo-credit -> Foto: Jens Hartmann/dpa",
      "photo-credit -> Bild: Stadtwerke Neustadt",
      "photo-credit -> picture alliance/dpa/Bernd Weißbrod",
      "byline -> Von Katharina Berger",
      "byline -> VON KATHARINA BERGER UND JÜRGEN WOLF",
      "byline -> Von Katharina Berger | Neustadt",
      "see-also -> Lesen Sie auch: Gemeinderat streitet über höhere Müllgebühren",
      "see-also -> Mehr zu Fernwärme: Was Mieter jetzt wissen müssen",
      "taxonomy -> Schlagworte: Energie, Stadtwerke, Klimaschutz",
      "taxonomy -> Themen: Energie, Klimaschutz",
      "post-arrows -> « Gemeinderat beschließt Klimaplan",
      "advert-label -> Anzeige",
      "advert-label -> - Anzeige -",
      "advert-label -> WERBUNG",
      "newsletter -> Jetzt den Newsletter abonnieren",
      "newsletter -> Newsletter-Anmeldung",
      "newsletter -> Melden Sie sich für unseren kostenlosen Newsletter an.",
      "page-tools -> Zur Startseite",
      "page-tools -> Nach oben",
      "page-tools -> Artikel drucken",
  })
  void eachRuleRemovesItsLinesUnderItsId(String id, String line) {
    List<Change> changes = audit(new BoilerplateStep(GERMAN), line);

    assertThat(changes).extracting(Change::step).containsExactly("boilerplate/" + id);
    // The step's prefilters agree with the rule run on the line as the lexicon documents it.
    assertThat(firstRuleMatching(line)).isEqualTo(id);
  }

  @Test
  void noRuleTakesASentenceOfGermanNewsProse() {
    BoilerplateStep step = new BoilerplateStep(GERMAN);
    for (String text : prose()) {
      assertThat(firstRuleMatching(text)).as(text).isNull();
      assertThat(audit(step, text)).as(text).isEmpty();
      assertThat(ArticleStarts.of(GERMAN).match(text)).as(text).isNull();
    }
  }

  @Test
  void noWordListTakesASentenceOfGermanNewsProse() {
    PolicyTextStep policy = new PolicyTextStep(GERMAN);
    AuthorBioStep bio = new AuthorBioStep(GERMAN);
    PhotoCredit credit = PhotoCredit.of(GERMAN);
    CommentThreadStep thread = new CommentThreadStep(GERMAN);
    for (String text : prose()) {
      assertThat(policy.isPolicyText(text)).as(text).isFalse();
      assertThat(bio.isAuthorBio(text)).as(text).isFalse();
      assertThat(credit.endsCaption(text)).as(text).isFalse();
      assertThat(thread.isMarker(text)).as(text).isFalse();
      assertThat(thread.isSectionHeading(text)).as(text).isFalse();
      assertThat(thread.quotedHandle(text)).as(text).isNull();
    }
  }

  @Test
  void theWordListsTakeTheTextTheyAreWrittenFor() {
    String banner = "Wir und unsere Partner speichern und/oder greifen auf Informationen auf Ihrem Endgerät zu,"
        + " etwa Cookies, und verarbeiten personenbezogene Daten für personalisierte Werbung. Ihre Einwilligung"
        + " können Sie jederzeit in den Datenschutzeinstellungen widerrufen.";
    String bioNote = "Katharina Berger ist Redakteurin im Ressort Region der Neustädter Rundschau. Sie studierte"
        + " Publizistik in Mainz, absolvierte ihr Volontariat bei einer Tageszeitung und arbeitete zuvor als"
        + " freie Autorin für mehrere Magazine.";

    assertThat(new PolicyTextStep(GERMAN).isPolicyText(banner)).isTrue();
    assertThat(new AuthorBioStep(GERMAN).isAuthorBio(bioNote)).isTrue();
    assertThat(PhotoCredit.of(GERMAN).endsCaption(
        "Bauarbeiter verlegen neue Leitungen an der Bahnhofstraße. Foto: Jens Hartmann/Stadtwerke Neustadt"))
        .isTrue();
    CommentThreadStep thread = new CommentThreadStep(GERMAN);
    assertThat(thread.isMarker("Gerhard K. schrieb:")).isTrue();
    assertThat(thread.isMarker("Monika S. | 12. März 2019 um 16:10")).isTrue();
    assertThat(thread.isMarker("Antworten")).isTrue();
    assertThat(thread.isSectionHeading("3 Kommentare zu „Neustadt will bis 2035 jedes zweite Haus versorgen“"))
        .isTrue();
    assertThat(ArticleStarts.of(GERMAN).match("Aktualisiert vor 5 Min. | Region")).isEqualTo("relative-time");
  }

  /** Each paragraph of {@link #ARTICLE_PARAGRAPHS} and each of its sentences. */
  private static List<String> prose() {
    List<String> texts = new ArrayList<>(ARTICLE_PARAGRAPHS);
    for (String paragraph : ARTICLE_PARAGRAPHS) {
      for (String sentence : paragraph.split("(?<=[.!?“])\\s+(?=[A-ZÄÖÜ„])")) {
        texts.add(sentence);
      }
    }
    return texts;
  }

  /** The id of the first rule whose pattern matches the line as the step normalises it, or null. */
  private static String firstRuleMatching(String line) {
    String normalised = Whitespace.collapse(line).strip().toLowerCase(Locale.ROOT);
    for (LexiconRule rule : GERMAN.lexicon()) {
      if (rule.pattern().matcher(normalised).matches()) {
        return rule.id();
      }
    }
    return null;
  }

  @Test
  void ruleIdsSharedWithEnglishMeanTheSame() {
    Set<String> english = Language.of("en").lexicon().stream().map(LexiconRule::id).collect(Collectors.toSet());
    Set<String> german = GERMAN.lexicon().stream().map(LexiconRule::id).collect(Collectors.toSet());

    assertThat(german).containsAll(Set.of("cookie-notice", "share-prompt", "comment-form", "comment-count",
        "read-more", "comment-section", "related-articles", "copyright", "photo-credit", "dateline", "byline",
        "taxonomy", "see-also"));
    assertThat(german).filteredOn(id -> !english.contains(id))
        .containsExactlyInAnyOrder("advert-label", "newsletter", "page-tools");
  }
}
