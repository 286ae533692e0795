package dev.corpuskit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.validate.InvalidRuleConfigException;
import dev.corpuskit.validate.RuleParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NearDuplicateRuleTest {

  private static NearDuplicateConfig config(Map<String, String> parameters) {
    return new NearDuplicateRule(new RuleParameters(NearDuplicateRule.ID, parameters)).config();
  }

  @Test
  void theDefaultsAreFiveWordShinglesFourteenBandsOfEightRowsAndPointEight() {
    assertThat(config(Map.of())).isEqualTo(new NearDuplicateConfig(5, 14, 8, 0.8));
  }

  @Test
  void withOnlyTheThresholdSetTheBandsFollowIt() {
    assertThat(config(Map.of("threshold", "0.7"))).isEqualTo(new NearDuplicateConfig(5, 22, 5, 0.7));
    assertThat(config(Map.of("threshold", "0.7", "shingleWords", "3")))
        .isEqualTo(NearDuplicateConfig.forThreshold(3, 0.7));
  }

  @Test
  void bandsOrRowsGivenAreTakenAsGiven() {
    assertThat(config(Map.of("threshold", "0.7", "rows", "8"))).isEqualTo(new NearDuplicateConfig(5, 14, 8, 0.7));
    assertThat(config(Map.of("threshold", "0.7", "bands", "10"))).isEqualTo(new NearDuplicateConfig(5, 10, 8, 0.7));
  }

  @Test
  void aBadValueNamesTheParameter() {
    assertThatThrownBy(() -> config(Map.of("rows", "65"))).isInstanceOf(InvalidRuleConfigException.class)
        .hasMessageContaining("rows");
    assertThatThrownBy(() -> config(Map.of("threshold", "0"))).isInstanceOf(InvalidRuleConfigException.class)
        .hasMessageContaining("threshold");
  }
}
