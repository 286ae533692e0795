package dev.corpuskit.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.lang.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhotoCreditTest {

  private static final PhotoCredit CREDIT = PhotoCredit.of(Language.of(Language.ENGLISH));

  @ParameterizedTest
  @ValueSource(strings = {
      "Pope Francis presides over a meeting at the Vatican, Monday, Oct. 16, 2023. (AP Photo/Domenico Stinellis)",
      "People light candles in central Prague on 21 December. Photograph: Michal Čížek/AFP/Getty",
      "(Michael Blackshire / Los Angeles Times)",
      "Fans cheer the parade that brought joy in 2023. (AP Photo/Charlie Riedel, File)",
      "A Model X charges at a station in Scotts Valley. (Philip Pacheco/Bloomberg via Getty Images / Getty Images)",
      "The four students were stabbed to death. (@kayleegoncalves/Instagram)",
      "The singer on stage at the awards. Image: Kevin Winter / Getty Images North America / Getty Images Via Afp",
      "Credit: the archive of the city council, box 12. Photograph: Jane Doe/AFP",
      "Photos: the river at dawn, seen from the bridge.  Photo:  Jane Doe/AFP"})
  void aCaptionEndingInACreditIsRemoved(String line) {
    assertThat(CREDIT.endsCaption(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Fuel delivery: High-pressure direct-injection (2,175 psi / 150 bar)",
      "Accuracy (DE2K average/max)",
      "Compatibility (Windows/Mac)",
      "The council met on Monday (the second time this month) and voted to rebuild the bridge.",
      "Photo: the bridge at dawn, taken from the north bank of the river.",
      "He said the deal was a win for the city (and/or the county).",
      "Jane Roe/The Gazette",
      "Photo: Jane Doe/AFP, then the river at dawn. Photo: the bridge at noon",
      "The bridge at dawn, seen from the north bank. Photo:"})
  void otherLinesStay(String line) {
    assertThat(CREDIT.endsCaption(line)).isFalse();
  }
}
