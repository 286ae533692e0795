package dev.corpuskit.bench.near;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedCorpusTest {

  @Test
  void theSameSeedGivesTheSameDocumentsAndAPrefixForFewer() {
    List<Doc> docs = new GeneratedCorpus(3).documents(60);

    assertThat(docs).hasSize(60).isEqualTo(new GeneratedCorpus(3).documents(60));
    assertThat(new GeneratedCorpus(3).documents(25)).isEqualTo(docs.subList(0, 25));
    assertThat(new GeneratedCorpus(4).documents(60)).isNotEqualTo(docs);
    assertThat(docs).extracting(Doc::id).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void ithasNearCopyClustersAcrossTheThresholds() {
    List<BruteForce.ExactPair> pairs = BruteForce.pairs(new GeneratedCorpus(3).documents(300), 5, 0.5);

    assertThat(pairs).anySatisfy(p -> assertThat(p.jaccard()).isBetween(0.5, 0.8));
    assertThat(pairs).anySatisfy(p -> assertThat(p.jaccard()).isBetween(0.8, 1.0));
    assertThat(pairs.size()).isBetween(30, 300);
  }
}
