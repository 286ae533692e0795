package dev.corpuskit.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiteralIndexTest {

  private static boolean[] find(LiteralIndex index, String text) {
    boolean[] found = new boolean[index.groupCount()];
    int state = LiteralIndex.start();
    for (int i = 0; i < text.length(); i++) {
      state = index.next(state, text.charAt(i));
      if (state < 0) {
        index.mark(state, found);
      }
    }
    return found;
  }

  @Test
  void findsLiteralsThatOverlapOrEndInsideOthers() {
    LiteralIndex index = new LiteralIndex(List.of(Set.of("he"), Set.of("she", "hers"), Set.of("his"), Set.of("©")));

    assertThat(find(index, "ushers")).containsExactly(true, true, false, false);
    assertThat(find(index, "this")).containsExactly(false, false, true, false);
    assertThat(find(index, "h e s h i")).containsExactly(false, false, false, false);
    assertThat(find(index, "© 2019")).containsExactly(false, false, false, true);
  }

  @Test
  void agreesWithContainsOnRandomText() {
    Random random = new Random(7);
    String alphabet = "abc ©é";
    for (int round = 0; round < 300; round++) {
      List<Set<String>> groups = new ArrayList<>();
      for (int g = 0; g < 1 + random.nextInt(6); g++) {
        groups.add(Set.of(randomText(random, alphabet, 1 + random.nextInt(4)), randomText(random, alphabet, 1 + random.nextInt(3)) + "x"));
      }
      LiteralIndex index = new LiteralIndex(groups);
      String text = randomText(random, alphabet + "x", random.nextInt(40));
      boolean[] found = find(index, text);
      for (int g = 0; g < groups.size(); g++) {
        assertThat(found[g]).as("%s in %s", groups.get(g), text).isEqualTo(groups.get(g).stream().anyMatch(text::contains));
      }
    }
  }

  private static String randomText(Random random, String alphabet, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
