package dev.corpuskit.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one {@link SparkSession} every test of this module shares: {@code local[2]}, few shuffle
 * partitions, no UI. Started on first use and stopped when the test JVM exits.
 */
final class Spark {

  private static SparkSession session;

  private Spark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .appName("corpus-spark-tests")
          .master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.default.parallelism", "4")
          .config("spark.ui.showConsoleProgress", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
      SparkSession started = session;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "stop-spark"));
    }
    return session;
  }
}
