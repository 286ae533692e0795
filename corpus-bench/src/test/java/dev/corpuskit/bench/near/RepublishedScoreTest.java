package dev.corpuskit.bench.near;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.bench.near.Republished.Edit;
import dev.corpuskit.bench.near.Republished.Version;
import dev.corpuskit.bench.near.RepublishedScore.PairClass;
import dev.corpuskit.near.NearDuplicateIndex.Pair;
import dev.corpuskit.near.NearDuplicateIndex.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepublishedScoreTest {

  private static final String BODY = "one two three four five six seven eight nine ten";

  @Test
  void pairsOfOtherArticlesAreFalsePositivesAndPairsBeyondTheBoundCountNeitherWay() {
    List<Version> versions = List.of(
        new Version(new Doc("a", BODY), 0, Edit.ORIGINAL, 0, 0),
        new Version(new Doc("a~1", BODY + " eleven"), 0, Edit.TOUCHED, 0.015, 0),
        new Version(new Doc("a~2", BODY + " twelve"), 0, Edit.CUT, 0, 0.05),
        new Version(new Doc("b", "an article about something else entirely here"), 1, Edit.ORIGINAL, 0, 0));
    // To find: a - a~1, a - a~2 (a~1 - a~2 spends 0.75 + 0.5: beyond the bound).
    Result result = new Result(List.of(), List.of(
        new Pair("a", "a~1", 0.86), new Pair("a~1", "a~2", 0.75), new Pair("a", "b", 0.8)), 4, 0, 3);

    RepublishedScore.Score score = RepublishedScore.score(versions, result, 5, 0.8);

    assertThat(score.pairs()).isEqualTo(new PairScore(1, 1, 1));
    assertThat(score.beyondBound()).isEqualTo(1);
    assertThat(score.reported()).isEqualTo(3);
    assertThat(score.classes()).extracting(RepublishedScore.ClassRow::pairClass, RepublishedScore.ClassRow::pairs,
            RepublishedScore.ClassRow::found)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PairClass.TOUCHED_COPY_ORIGINAL, 1, 1),
            org.assertj.core.groups.Tuple.tuple(PairClass.CUT_COPY_ORIGINAL, 1, 0),
            org.assertj.core.groups.Tuple.tuple(PairClass.COPY_COPY, 0, 0));
    // BODY has 6 shingles; with one word added 7, all 6 shared.
    assertThat(score.classes().get(0).meanJaccard()).isEqualTo(6.0 / 7);
    assertThat(score.classes().get(0).atThreshold()).isEqualTo(1);
  }
}
