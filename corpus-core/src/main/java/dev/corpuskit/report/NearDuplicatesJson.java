package dev.corpuskit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.corpuskit.io.Json;
import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.near.NearDuplicateIndex;
import dev.corpuskit.near.NearDuplicateIndex.Cluster;
import dev.corpuskit.near.NearDuplicateIndex.Member;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;

/**
 * Writes {@code near-duplicates.json}: the parameters the clusters were found with, the counts of the
 * stage, and every cluster with its members.
 *
 * <pre>{@code
 * {
 *   "parameters": {"shingleWords": 5, "bands": 14, "rows": 8, "threshold": 0.8},
 *   "counts": {"documentsIndexed": 9, "tooShort": 0, "candidates": 4, "confirmedPairs": 4,
 *              "clusters": 3, "documentsInClusters": 7},
 *   "clusters": [
 *     {"id": 1, "representative": "edit-a", "size": 2,
 *      "members": [{"id": "edit-a", "jaccard": 1.0000}, {"id": "edit-b", "jaccard": 0.8312}]},
 *     ...
 *   ]
 * }
 * }</pre>
 *
 * <p>A cluster's {@code id} is its position, from 1, in the order of the representatives (the
 * smallest id of each cluster, in {@link String#compareTo} order), which is the order of
 * {@link NearDuplicateIndex.Result#clusters()}: {@link #clusterId} gives it, and the review page names
 * clusters by it. The members are sorted by id, the representative first with 1.0. Similarities are
 * exact Jaccard similarities of the shingle sets, rounded half up to {@link #DECIMALS} decimals and
 * always written with that many, so that the file's bytes depend only on the corpus and the
 * parameters.
 */
public final class NearDuplicatesJson {

  /** The file's name in the reports directory. */
  public static final String FILE = "near-duplicates.json";

  /** Decimals of the similarities written. */
  public static final int DECIMALS = 4;

  private NearDuplicatesJson() {}

  /**
   * Writes {@code result}, found with {@code config}, to {@link #FILE} in {@code reportsDirectory},
   * replacing the old file atomically. The file is written as it is produced, so that a corpus with
   * many clusters does not hold the whole text in memory.
   */
  public static void write(Path reportsDirectory, NearDuplicateConfig config, NearDuplicateIndex.Result result)
      throws IOException {
    Json.write(reportsDirectory.resolve(FILE), json -> write(json, config, result));
  }

  private static void write(JsonGenerator json, NearDuplicateConfig config, NearDuplicateIndex.Result result)
      throws IOException {
    json.writeStartObject();
    json.writeObjectFieldStart("parameters");
    json.writeNumberField("shingleWords", config.shingleWords());
    json.writeNumberField("bands", config.bands());
    json.writeNumberField("rows", config.rows());
    json.writeFieldName("threshold");
    json.writeNumber(BigDecimal.valueOf(config.threshold()));
    json.writeEndObject();
    json.writeObjectFieldStart("counts");
    json.writeNumberField("documentsIndexed", result.indexed());
    json.writeNumberField("tooShort", result.tooShort());
    json.writeNumberField("candidates", result.candidates());
    json.writeNumberField("confirmedPairs", result.pairs().size());
    json.writeNumberField("clusters", result.clusters().size());
    json.writeNumberField("documentsInClusters", documentsInClusters(result));
    json.writeEndObject();
    json.writeArrayFieldStart("clusters");
    int id = 0;
    for (Cluster cluster : result.clusters()) {
      json.writeStartObject();
      json.writeNumberField("id", ++id);
      json.writeStringField("representative", cluster.representative());
      json.writeNumberField("size", cluster.members().size());
      json.writeArrayFieldStart("members");
      for (Member member : cluster.members()) {
        json.writeStartObject();
        json.writeStringField("id", member.id());
        json.writeFieldName("jaccard");
        json.writeNumber(rounded(member.jaccard()));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** The id of the cluster at {@code index} (from 0) of {@link NearDuplicateIndex.Result#clusters()}. */
  public static int clusterId(int index) {
    return index + 1;
  }

  /** The documents of all clusters, representatives included. */
  public static long documentsInClusters(NearDuplicateIndex.Result result) {
    long documents = 0;
    for (Cluster cluster : result.clusters()) {
      documents += cluster.members().size();
    }
    return documents;
  }

  /**
   * {@code jaccard} rounded half up to {@link #DECIMALS} decimals, from its shortest decimal form, as
   * both the file and the page show it.
   */
  static BigDecimal rounded(double jaccard) {
    return BigDecimal.valueOf(jaccard).setScale(DECIMALS, RoundingMode.HALF_UP);
  }
}
