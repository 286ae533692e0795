package dev.corpuskit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import dev.corpuskit.clean.RepeatedLines;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.DocumentWork;
import dev.corpuskit.pipeline.OrderedStage;
import dev.corpuskit.pipeline.ReportFiles;
import dev.corpuskit.pipeline.RunSummary;
import dev.corpuskit.pipeline.state.DocumentCache;
import dev.corpuskit.pipeline.state.DocumentState;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.rules.UnreadableRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Validates and cleans a corpus on Spark with the core's rules and steps, writing the cleaned documents
 * as Parquet shards and the core's reports.
 *
 * <p>Each executor runs the core's per-document code ({@link DocumentWork}) on the files it reads; the
 * corpus-level stages run as Spark aggregations: the {@code corpus-repeated} pre-pass counts line keys
 * with a {@code groupBy}, and exact duplicates group the documents by fingerprint, the smallest path
 * of each group that stays in the corpus being the first copy. The driver keeps no list of documents:
 * it streams them once, in file order, through the core's ordered stage ({@link OrderedStage}) to write
 * {@code validation.json}, {@code cleaning.json}, {@code manifest.tsv} and
 * {@code quality-signals.jsonl}; only the repeated lines' keys (those in two documents or more) come
 * to the driver, to be broadcast.
 *
 * <p>Output, below the output path: {@code shards/documents-NNNNN-of-MMMMM.parquet} (schema
 * {@link #SCHEMA}, sorted by id, shard {@code i} holding the {@code i}-th range of ids) and the reports.
 */
public final class CorpusJob {

  /** The folder of the Parquet shards, below the output path. */
  public static final String SHARDS = "shards";

  /** The reports the job writes beside the shards, as the core names them. */
  public static final List<String> REPORTS =
      List.of("validation.json", "cleaning.json", "manifest.tsv", "quality-signals.jsonl");

  /**
   * The shards' schema: the document's id and source path, its cleaned text, the text's UTF-8 bytes
   * and words, the SHA-256 (hex) of the cleaned text and of the source file, and the language the
   * {@code language} rule identified with its score (null when the rule is off).
   */
  public static final StructType SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("id", DataTypes.StringType, false),
      DataTypes.createStructField("source", DataTypes.StringType, false),
      DataTypes.createStructField("text", DataTypes.StringType, false),
      DataTypes.createStructField("bytes", DataTypes.LongType, false),
      DataTypes.createStructField("words", DataTypes.IntegerType, false),
      DataTypes.createStructField("sha256", DataTypes.StringType, false),
      DataTypes.createStructField("source_sha256", DataTypes.StringType, false),
      DataTypes.createStructField("language", DataTypes.StringType, true),
      DataTypes.createStructField("language_score", DataTypes.StringType, true)});

  private static final HexFormat HEX = HexFormat.of();

  private CorpusJob() {}

  /**
   * What a run did.
   *
   * @param summary the core's totals, as {@code validation.json} and {@code cleaning.json} state them
   * @param kept the documents in the shards
   * @param shards the shards written
   */
  public record Result(RunSummary summary, long kept, int shards) {}

  /**
   * Validates and cleans the corpus below {@code source} (any Hadoop file system path) as {@code config}
   * says, writing the shards and reports below {@code output}, which must not hold files yet.
   *
   * @throws dev.corpuskit.format.InvalidConfigurationException when the configuration needs a
   *     corpus-level rule the job does not run yet
   * @throws IOException when the output cannot be written
   */
  public static Result run(SparkSession spark, ConfigSource config, String source, String output, JobOptions options)
      throws IOException {
    // A file costs its bytes in a partition, not Spark's 4 MB default: fewer, fuller tasks, each making
    // the core's validator once (the files are planned into partitions when a pass runs).
    String openCost = spark.conf().get(OPEN_COST, null);
    spark.conf().set(OPEN_COST, "8192");
    try {
      return runJob(spark, config, source, output, options);
    } finally {
      if (openCost == null) {
        spark.conf().unset(OPEN_COST);
      } else {
        spark.conf().set(OPEN_COST, openCost);
      }
    }
  }

  private static Result runJob(SparkSession spark, ConfigSource config, String source, String output,
      JobOptions options) throws IOException {
    CorpusConfig corpus = config.config();
    DocumentWork.requirePlaceable(corpus);
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = context.hadoopConfiguration();
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(source);
    FileSystem sourceFs = root.getFileSystem(hadoop);
    root = sourceFs.makeQualified(root);
    org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output);
    FileSystem outFs = out.getFileSystem(hadoop);
    out = outFs.makeQualified(out);
    requireEmpty(outFs, out);

    String rootPath = root.toUri().getPath();
    // Spark lists the files; a file's content is read only when its length is within the limit.
    Dataset<Row> listed = spark.read().format("binaryFile").option("recursiveFileLookup", "true")
        .load(root.toString());
    long maxBytes = options.maxFileBytes();
    // The large files are picked by a function, which Spark does not push into the scan: a pushed
    // filter gives an empty reader per file skipped, and Spark recurses once per empty reader (a stack
    // overflow on a partition of thousands of files). Their content is not read.
    Dataset<Row> files = listed.filter(col("length").leq(maxBytes)).select(col("path"), col("content"))
        .union(listed.select(col("path"), col("length"))
            .filter((FilterFunction<Row>) file -> file.getLong(1) > maxBytes)
            .select(col("path"), lit(null).cast("binary").as("content")));
    if (options.partitions() > 0) {
      files = files.repartition(options.partitions(), col("path"));
    }
    JavaRDD<Row> inputs = files.toJavaRDD();

    JavaRDD<Processed> cleaned;
    Dataset<Row> validated = null;
    Broadcast<long[][]> repeated = null;
    if (DocumentWork.minesRepeatedLines(corpus)) {
      // One validating pass: each file keeps its documents' states, the cleaning pass reuses them.
      validated = spark.createDataFrame(inputs.mapPartitions(part -> validate(part, config, rootPath, maxBytes)),
          VALIDATED).persist(StorageLevel.MEMORY_AND_DISK());
      Row mined = validated.agg(org.apache.spark.sql.functions.sum(col("mined"))).first();
      long documents = mined.isNullAt(0) ? 0 : mined.getLong(0);
      Dataset<Row> counts = validated.select(org.apache.spark.sql.functions.explode(col("keys")).as("value"))
          .groupBy(col("value")).count()
          .filter(col("count").geq(RepeatedLines.MIN_DOCUMENTS_SHORT));
      // Only the keys in two documents or more, a corpus-level table, come to the driver.
      List<Row> rows = counts.collectAsList();
      long[] keys = new long[rows.size()];
      long[] found = new long[rows.size() + 1];
      for (int i = 0; i < rows.size(); i++) {
        keys[i] = rows.get(i).getLong(0);
        found[i] = rows.get(i).getLong(1);
      }
      found[rows.size()] = documents;
      Broadcast<long[][]> table = context.broadcast(new long[][] {keys, found});
      repeated = table;
      cleaned = validated.toJavaRDD().mapPartitions(part -> clean(part, config, rootPath, maxBytes, table.value()));
    } else {
      cleaned = inputs.mapPartitions(part -> process(part, config, rootPath, maxBytes));
    }
    Dataset<Row> docs = spark.createDataFrame(cleaned, Processed.class).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> judged = null;
    try {
      docs.count(); // once: both sides of the join below read it
      if (validated != null) {
        validated.unpersist();
      }
      Dataset<Row> firsts = docs.filter(col("stays").and(col("fingerprint").isNotNull()))
          .groupBy(col("fingerprint").as("fp"))
          .agg(min(struct(col("path").as("path"), col("sourceSha").as("sha"))).as("first"));
      Dataset<Row> joined = docs.join(firsts, docs.col("fingerprint").equalTo(firsts.col("fp")), "left_outer")
          .select(col("path"), col("state"), col("text"),
              when(col("first.path").lt(col("path")), col("first.path")).as("firstPath"),
              when(col("first.path").lt(col("path")), col("first.sha")).as("firstSha"));
      judged = spark.createDataFrame(joined.toJavaRDD().mapPartitions(part -> judge(part, config)), JUDGED)
          .persist(StorageLevel.MEMORY_AND_DISK());
      long total = judged.count();
      docs.unpersist();
      long[] written = writeShards(spark, judged, outFs, out, options.shards());
      RunSummary summary = writeReports(corpus, judged, total, outFs, out);
      return new Result(summary, written[0], (int) written[1]);
    } finally {
      if (judged != null) {
        judged.unpersist();
      }
      docs.unpersist();
      if (validated != null) {
        validated.unpersist();
      }
      if (repeated != null) {
        repeated.destroy();
      }
    }
  }

  /** Spark's cost of opening a file, in bytes of a partition. */
  private static final String OPEN_COST = "spark.sql.files.openCostInBytes";

  /**
   * A validated file: its path and content (null when too large), its documents' states in file
   * order, the line keys of those whose keys count in the {@code corpus-repeated} pre-pass, and how
   * many documents those are.
   */
  private static final StructType VALIDATED = new StructType(new StructField[] {
      DataTypes.createStructField("path", DataTypes.StringType, false),
      DataTypes.createStructField("content", DataTypes.BinaryType, true),
      DataTypes.createStructField("states", DataTypes.createArrayType(DataTypes.BinaryType, false), false),
      DataTypes.createStructField("keys", DataTypes.createArrayType(DataTypes.LongType, false), false),
      DataTypes.createStructField("mined", DataTypes.LongType, false)});

  /** The judged documents' columns: a processed document with its corpus findings and manifest row. */
  private static final StructType JUDGED = new StructType(new StructField[] {
      DataTypes.createStructField("path", DataTypes.StringType, false),
      DataTypes.createStructField("state", DataTypes.BinaryType, false),
      DataTypes.createStructField("corpus", DataTypes.BinaryType, false),
      DataTypes.createStructField("kept", DataTypes.BooleanType, false),
      DataTypes.createStructField("id", DataTypes.StringType, false),
      DataTypes.createStructField("text", DataTypes.StringType, true),
      DataTypes.createStructField("bytes", DataTypes.LongType, false),
      DataTypes.createStructField("words", DataTypes.IntegerType, false),
      DataTypes.createStructField("sha256", DataTypes.StringType, true),
      DataTypes.createStructField("source_sha256", DataTypes.StringType, true),
      DataTypes.createStructField("language", DataTypes.StringType, true),
      DataTypes.createStructField("language_score", DataTypes.StringType, true)});

  /**
   * Validates and cleans the files of one partition, rows of their path and content (null when too
   * large), with the core's per-document code, in a run without the {@code corpus-repeated} step.
   */
  static Iterator<Processed> process(Iterator<Row> files, ConfigSource config, String rootPath, long maxBytes)
      throws IOException {
    List<Processed> out = new ArrayList<>();
    try (DocumentWork work = DocumentWork.cleaning(config.config(), RepeatedLines.none());
        Laid laid = new Laid()) {
      while (files.hasNext()) {
        Row file = files.next();
        String relative = relativePath(file.getString(0), rootPath);
        if (file.isNullAt(1)) {
          out.add(tooLarge(relative, maxBytes));
          continue;
        }
        for (SourceFile document : laid.documents(work, relative, (byte[]) file.get(1))) {
          out.add(processed(work.process(document), work));
        }
        laid.remove();
      }
    }
    return out.iterator();
  }

  /** Validates the files of one partition: rows of {@link #VALIDATED}. */
  static Iterator<Row> validate(Iterator<Row> files, ConfigSource config, String rootPath, long maxBytes)
      throws IOException {
    List<Row> out = new ArrayList<>();
    try (DocumentWork work = DocumentWork.validating(config.config()); Laid laid = new Laid()) {
      while (files.hasNext()) {
        Row file = files.next();
        String relative = relativePath(file.getString(0), rootPath);
        if (file.isNullAt(1)) {
          out.add(RowFactory.create(file.getString(0), null, new byte[0][], new long[0], 0L));
          continue;
        }
        byte[] content = (byte[]) file.get(1);
        List<byte[]> states = new ArrayList<>();
        List<Long> keys = new ArrayList<>();
        long mined = 0;
        for (SourceFile document : laid.documents(work, relative, content)) {
          DocumentState state = work.process(document).state();
          states.add(DocumentCache.encode(state));
          if (work.minesLines(state)) {
            mined++;
            for (long key : state.lineKeys() == null ? new long[0] : state.lineKeys()) {
              keys.add(key);
            }
          }
        }
        laid.remove();
        out.add(RowFactory.create(file.getString(0), content, states.toArray(new byte[0][]),
            keys.stream().mapToLong(Long::longValue).toArray(), mined));
      }
    }
    return out.iterator();
  }

  /**
   * Cleans the validated files of one partition (rows of {@link #VALIDATED}) from their states,
   * judging repeated lines by {@code lines}.
   */
  static Iterator<Processed> clean(Iterator<Row> files, ConfigSource config, String rootPath, long maxBytes,
      long[][] lines)
      throws IOException {
    CorpusConfig corpus = config.config();
    List<Processed> out = new ArrayList<>();
    try (DocumentWork work = DocumentWork.cleaning(corpus, repeatedLines(lines)); Laid laid = new Laid()) {
      while (files.hasNext()) {
        Row file = files.next();
        String relative = relativePath(file.getString(0), rootPath);
        if (file.isNullAt(1)) {
          out.add(tooLarge(relative, maxBytes));
          continue;
        }
        List<SourceFile> documents = laid.documents(work, relative, (byte[]) file.get(1));
        List<byte[]> states = file.getList(2);
        for (int i = 0; i < documents.size(); i++) {
          SourceFile document = documents.get(i);
          DocumentState validated = DocumentCache.decode(document.relativePath(), states.get(i));
          out.add(processed(work.clean(document, validated), work));
        }
        laid.remove();
      }
    }
    return out.iterator();
  }

  /**
   * A partition's scratch folder, where a file is laid at its relative path for the core's reader
   * (which selects its documents, one or an archive's members, as a run does) and removed after.
   */
  private static final class Laid implements AutoCloseable {
    private final Path dir = Files.createTempDirectory("corpuskit-source");
    private Path target;

    Laid() throws IOException {}

    List<SourceFile> documents(DocumentWork work, String relative, byte[] content) throws IOException {
      target = dir.resolve(relative);
      Files.createDirectories(target.getParent());
      Files.write(target, content);
      return work.documents(dir);
    }

    void remove() throws IOException {
      if (target != null) {
        Files.delete(target);
        target = null;
      }
    }

    @Override
    public void close() throws IOException {
      deleteTree(dir);
    }
  }

  /** The repeated lines a broadcast table gives: keys, then their counts and the documents mined. */
  private static RepeatedLines repeatedLines(long[][] lines) {
    if (lines[0].length == 0 && lines[1][0] == 0) {
      return RepeatedLines.none();
    }
    long[] keys = lines[0];
    int[] counts = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      counts[i] = Math.toIntExact(lines[1][i]);
    }
    return RepeatedLines.exact(keys, counts, Math.toIntExact(lines[1][keys.length]));
  }

  private static Processed processed(DocumentWork.Result result, DocumentWork work) {
    DocumentState state = result.state();
    Processed p = new Processed();
    p.setPath(state.relativePath());
    p.setState(DocumentCache.encode(state));
    p.setText(result.cleaned() == null ? null : new String(result.cleaned(), StandardCharsets.UTF_8));
    p.setMines(work.minesLines(state));
    p.setStays(work.stays(state));
    p.setFingerprint(state.fingerprint());
    p.setSourceSha(state.sourceSha256());
    p.setLineKeys(new long[0]); // counted in the validating pass
    return p;
  }

  /** A file larger than an executor reads: an {@code unreadable} error, the rest of the corpus goes on. */
  private static Processed tooLarge(String relative, long maxBytes) {
    Finding finding = new Finding(UnreadableRule.ID, Severity.ERROR, relative, 0, 0, -1,
        "The file has more than the " + maxBytes + " bytes an executor reads (--max-file-bytes): split it,"
            + " or raise the limit if the executors have the memory");
    DocumentState state = new DocumentState(relative, 0, 0, null, null, List.of(finding), null, false, null,
        null);
    Processed p = new Processed();
    p.setPath(relative);
    p.setState(DocumentCache.encode(state));
    p.setLineKeys(new long[0]);
    return p;
  }

  /** Adds each document's corpus-level findings, whether it is kept, and its manifest row. */
  static Iterator<Row> judge(Iterator<Row> rows, ConfigSource config) throws IOException {
    List<Row> out = new ArrayList<>();
    try (DocumentWork work = DocumentWork.validating(config.config())) {
      while (rows.hasNext()) {
        Row row = rows.next();
        String path = row.getString(0);
        DocumentState state = DocumentCache.decode(path, (byte[]) row.get(1));
        List<Finding> corpus = work.corpusFindings(state, row.isNullAt(3) ? null : row.getString(3),
            row.isNullAt(4) ? null : (byte[]) row.get(4));
        boolean kept = work.kept(state, corpus);
        SourceFile file = new SourceFile(Path.of("."), path);
        String text = row.isNullAt(2) ? null : row.getString(2);
        var cleaned = state.cleaned();
        var language = state.language();
        out.add(RowFactory.create(path, row.get(1), encodeFindings(path, corpus), kept, file.id(), text,
            cleaned == null ? 0L : cleaned.bytes(), cleaned == null ? 0 : cleaned.words(),
            cleaned == null ? null : HEX.formatHex(cleaned.sha256()),
            state.sourceSha256() == null ? null : HEX.formatHex(state.sourceSha256()),
            language == null ? null : language.code(), language == null ? null : language.scoreText()));
      }
    }
    return out.iterator();
  }

  /** Findings in the core's state encoding: a state that holds only them. */
  private static byte[] encodeFindings(String path, List<Finding> findings) {
    return DocumentCache.encode(new DocumentState(path, 0, 0, null, null, findings, null, false, null, null));
  }

  private static List<Finding> decodeFindings(String path, byte[] bytes) throws IOException {
    return DocumentCache.decode(path, bytes).findings();
  }

  /**
   * Writes the kept documents as {@code shards} Parquet files (fewer when fewer are kept), shard
   * {@code i} holding the {@code i}-th of equal ranges of the documents sorted by id: the same files
   * whatever the partitions. Returns the documents kept and the shards written.
   */
  private static long[] writeShards(SparkSession spark, Dataset<Row> judged, FileSystem fs,
      org.apache.hadoop.fs.Path out, int shards) throws IOException {
    Dataset<Row> kept = judged.filter(col("kept"))
        .select(col("id"), col("path").as("source"), col("text"), col("bytes"), col("words"), col("sha256"),
            col("source_sha256"), col("language"), col("language_score"))
        .sort(col("id"));
    long total = kept.count();
    int count = (int) Math.max(1, Math.min(shards, total));
    JavaPairRDD<Integer, Row> byShard = kept.toJavaRDD().zipWithIndex()
        .mapToPair(pair -> new Tuple2<>((int) (pair._2() * count / Math.max(total, 1)), pair._1()))
        .partitionBy(new HashPartitioner(count));
    org.apache.hadoop.fs.Path staging = new org.apache.hadoop.fs.Path(out, "_shards-staging");
    spark.createDataFrame(byShard.values(), SCHEMA).sortWithinPartitions(col("id"))
        .write().option("compression", "snappy").parquet(staging.toString());
    org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(out, SHARDS);
    fs.mkdirs(target);
    for (FileStatus part : fs.listStatus(staging)) {
      String name = part.getPath().getName();
      if (!name.startsWith("part-") || !name.endsWith(".parquet")) {
        continue; // _SUCCESS and checksums: deleted with the staging folder
      }
      int index = Integer.parseInt(name.substring(5, 10));
      String shard = String.format(Locale.ROOT, "documents-%05d-of-%05d.parquet", index, count);
      copyWithStableFooter(fs, part, new org.apache.hadoop.fs.Path(target, shard));
    }
    fs.delete(staging, true);
    deleteChecksums(fs, target);
    return new long[] {total, total == 0 ? 0 : count};
  }

  /**
   * Copies the Parquet file {@code part} to {@code target}, its footer's encodings of each column chunk
   * in their enum order: the Parquet writer lists them from a hash set of enum constants, whose order
   * changes from one JVM to the next, so the same rows gave different bytes in two runs.
   */
  private static void copyWithStableFooter(FileSystem fs, FileStatus part, org.apache.hadoop.fs.Path target)
      throws IOException {
    long length = part.getLen();
    byte[] tail = new byte[8];
    byte[] footer;
    try (org.apache.hadoop.fs.FSDataInputStream in = fs.open(part.getPath())) {
      in.readFully(length - 8, tail);
      int footerLength = java.nio.ByteBuffer.wrap(tail, 0, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
      footer = new byte[footerLength];
      in.readFully(length - 8 - footerLength, footer);
      org.apache.parquet.format.FileMetaData meta =
          org.apache.parquet.format.Util.readFileMetaData(new java.io.ByteArrayInputStream(footer));
      for (org.apache.parquet.format.RowGroup group : meta.getRow_groups()) {
        for (org.apache.parquet.format.ColumnChunk chunk : group.getColumns()) {
          if (chunk.isSetMeta_data() && chunk.getMeta_data().getEncodings() != null) {
            chunk.getMeta_data().getEncodings().sort(Comparator.comparingInt(
                org.apache.parquet.format.Encoding::getValue));
          }
        }
      }
      java.io.ByteArrayOutputStream rewritten = new java.io.ByteArrayOutputStream(footerLength);
      org.apache.parquet.format.Util.writeFileMetaData(meta, rewritten);
      byte[] stable = rewritten.toByteArray();
      try (org.apache.hadoop.fs.FSDataOutputStream out = fs.create(target, false)) {
        in.seek(0);
        byte[] buffer = new byte[1 << 16];
        long left = length - 8 - footerLength;
        while (left > 0) {
          int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
          if (read < 0) {
            throw new IOException("Unexpected end of " + part.getPath());
          }
          out.write(buffer, 0, read);
          left -= read;
        }
        out.write(stable);
        out.write(java.nio.ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(stable.length)
            .array());
        out.write(tail, 4, 4); // PAR1
      }
    }
  }

  /** Streams the documents in file order through the core's ordered stage into its reports. */
  private static RunSummary writeReports(CorpusConfig config, Dataset<Row> judged, long total, FileSystem fs,
      org.apache.hadoop.fs.Path out) throws IOException {
    Path local = Files.createTempDirectory("corpuskit-reports");
    try {
      RunSummary summary;
      int cleaned = 0;
      // The manifest has the crawl columns when a WARC record is among the documents, as the core's run.
      boolean crawled = !judged.select(col("path")).as(Encoders.STRING())
          .filter((FilterFunction<String>) path -> new SourceFile(Path.of("."), path).crawled())
          .limit(1).isEmpty();
      try (ReportFiles reports = ReportFiles.forCleaningWithoutPage(local, config, crawled);
          OrderedStage stage = new OrderedStage(config, reports, Math.toIntExact(total))) {
        Iterator<Row> rows = judged.select(col("path"), col("state"), col("corpus")).sort(col("path"))
            .toLocalIterator();
        while (rows.hasNext()) {
          Row row = rows.next();
          String path = row.getString(0);
          DocumentState state = DocumentCache.decode(path, (byte[]) row.get(1));
          if (state.cleaned() != null) {
            cleaned++;
          }
          stage.add(new SourceFile(Path.of("."), path), state, decodeFindings(path, (byte[]) row.get(2)));
        }
        summary = stage.finish(cleaned);
        reports.finish(summary);
      }
      for (String name : REPORTS) {
        Path report = local.resolve(name);
        if (Files.isRegularFile(report)) {
          fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(report.toUri()),
              new org.apache.hadoop.fs.Path(out, name));
        }
      }
      deleteChecksums(fs, out);
      return summary;
    } finally {
      deleteTree(local);
    }
  }

  /** The checksum files a local Hadoop file system wrote beside the files this job wrote. */
  private static void deleteChecksums(FileSystem fs, org.apache.hadoop.fs.Path dir) throws IOException {
    if (!(fs instanceof org.apache.hadoop.fs.ChecksumFileSystem checksummed)) {
      return; // HDFS and object stores keep checksums out of sight
    }
    FileSystem raw = checksummed.getRawFileSystem(); // the checksummed one hides them from listings
    for (FileStatus status : raw.listStatus(dir)) {
      String name = status.getPath().getName();
      if (status.isFile() && name.startsWith(".") && name.endsWith(".crc")
          && (REPORTS.contains(name.substring(1, name.length() - 4)) || name.startsWith(".documents-"))) {
        raw.delete(status.getPath(), false);
      }
    }
  }

  private static void requireEmpty(FileSystem fs, org.apache.hadoop.fs.Path out) throws IOException {
    if (fs.exists(out) && fs.listStatus(out).length > 0) {
      throw new IOException("The output " + out + " holds files already: give a new or empty folder");
    }
  }

  /** The path of {@code uri} below {@code rootPath}, '/'-separated. */
  static String relativePath(String uri, String rootPath) {
    String path = new org.apache.hadoop.fs.Path(uri).toUri().getPath();
    String prefix = rootPath.endsWith("/") ? rootPath : rootPath + "/";
    if (!path.startsWith(prefix)) {
      throw new IllegalStateException(path + " is not below " + rootPath);
    }
    return path.substring(prefix.length());
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.forEach(paths::add);
    }
    paths.sort(Comparator.reverseOrder());
    for (Path path : paths) {
      Files.deleteIfExists(path);
    }
  }

  /** Unused: keeps the checked exception of a lambda visible. */
  static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
