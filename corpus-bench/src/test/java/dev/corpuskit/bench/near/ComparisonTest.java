package dev.corpuskit.bench.near;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.corpuskit.bench.near.BruteForce.ExactPair;
import dev.corpuskit.near.NearDuplicateIndex.Cluster;
import dev.corpuskit.near.NearDuplicateIndex.Member;
import dev.corpuskit.near.NearDuplicateIndex.Pair;
import dev.corpuskit.near.NearDuplicateIndex.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

  private static final List<ExactPair> TRUTH = List.of(
      new ExactPair("a", "b", 0.95),
      new ExactPair("a", "c", 0.82),
      new ExactPair("b", "c", 0.78),
      new ExactPair("d", "e", 0.72));

  @Test
  void recallCountsTheTruePairsAtOrAboveTheThresholdThatWereReported() {
    // The index found a-b and b-c; a-c only through the cluster; d-e not at all.
    Result result = new Result(
        List.of(new Cluster("a", List.of(new Member("a", 1), new Member("b", 0.95), new Member("c", 0.82)))),
        List.of(new Pair("a", "b", 0.95), new Pair("b", "c", 0.78)), 5, 0, 7);

    Comparison.Row at08 = Comparison.compare("set", 5, TRUTH, result, 0.8);
    Comparison.Row at07 = Comparison.compare("set", 5, TRUTH, result, 0.7);

    assertThat(at08.expected()).isEqualTo(2);
    assertThat(at08.found()).isEqualTo(1);
    assertThat(at08.sameCluster()).isEqualTo(2);
    assertThat(at08.reportedBelow()).isEqualTo(1); // b-c, at 0.78, is below 0.8
    assertThat(at08.recall()).isEqualTo(0.5);
    assertThat(at08.candidates()).isEqualTo(7);
    assertThat(at07.expected()).isEqualTo(4);
    assertThat(at07.found()).isEqualTo(2);
    assertThat(at07.reportedBelow()).isZero();
    assertThat(at07.bucketPairs()).containsExactly(1, 1, 1, 0, 0, 1);
    assertThat(at07.bucketFound()).containsExactly(0, 1, 0, 0, 0, 1);
  }

  @Test
  void aReportedPairTheTruthDoesNotHoldIsBelowTheThreshold() {
    Result result = new Result(List.of(), List.of(new Pair("x", "y", 0.9)), 2, 0, 1);

    assertThat(Comparison.compare("set", 2, List.of(), result, 0.8).reportedBelow()).isEqualTo(1);
  }

  @Test
  void theCandidateProbabilityIsTheLshSCurve() {
    assertThat(Comparison.candidateProbability(0.8, 14, 8)).isCloseTo(0.924, within(0.001));
    assertThat(Comparison.candidateProbability(0.7, 14, 8)).isCloseTo(0.565, within(0.001));
    assertThat(Comparison.candidateProbability(1.0, 14, 8)).isEqualTo(1.0);
  }
}
