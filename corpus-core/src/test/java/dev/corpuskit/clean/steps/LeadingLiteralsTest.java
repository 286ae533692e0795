package dev.corpuskit.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeadingLiteralsTest {

  private static final List<Set<String>> GROUPS =
      List.of(Set.of("share this", "share on"), Set.of("by "), Set.of("s"), Set.of("this"));

  @Test
  void marksTheGroupsALineStartsWith() {
    assertThat(marks(new LeadingLiterals(GROUPS, false), "share this: x"))
        .containsExactly(true, false, true, false);
    assertThat(marks(new LeadingLiterals(GROUPS, false), "by jane")).containsExactly(false, true, false, false);
    assertThat(marks(new LeadingLiterals(GROUPS, false), "shar")).containsExactly(false, false, true, false);
    assertThat(marks(new LeadingLiterals(GROUPS, false), "a share this")).containsOnly(false);
  }

  @Test
  void marksTheGroupsALineEndsWithWhenBuiltFromTheEnd() {
    assertThat(marks(new LeadingLiterals(GROUPS, true), "please share this"))
        .containsExactly(true, false, true, true);
    assertThat(marks(new LeadingLiterals(GROUPS, true), "share this now")).containsOnly(false);
  }

  private static boolean[] marks(LeadingLiterals literals, String line) {
    boolean[] found = new boolean[GROUPS.size()];
    literals.mark(line.toCharArray(), line.length(), found);
    return found;
  }
}
