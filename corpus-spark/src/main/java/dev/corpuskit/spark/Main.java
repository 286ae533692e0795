package dev.corpuskit.spark;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.config.ConfigFileException;
import dev.corpuskit.config.CorpusConfigFile;
import dev.corpuskit.config.CorpusSettings;
import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The job's command: {@code SOURCE OUTPUT [--config FILE] [--shards N] [--partitions N]
 * [--max-file-bytes N]}, run by {@code spark-submit}; without a master (a plain {@code java} run) it
 * runs in {@code local[*]}. Findings never fail the job: they are in {@code validation.json}.
 */
public final class Main {

  static final String USAGE = "usage: corpus-spark SOURCE OUTPUT [--config FILE] [--shards N] [--partitions N]"
      + " [--max-file-bytes N]";

  private Main() {}

  public static void main(String[] args) throws IOException {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the command; returns its exit status: 0 done, 2 wrong arguments or configuration. */
  static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
    ConfigSource config;
    try {
      config = arguments.config() == null ? defaults(arguments.source()) : configFile(arguments.config());
    } catch (InvalidConfigurationException e) {
      err.println(e.getMessage());
      return 2;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("corpuskit");
    if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      CorpusJob.Result result = CorpusJob.run(spark, config, arguments.source(), arguments.output(),
          arguments.options());
      var totals = result.summary().validation();
      out.printf(Locale.ROOT, "%d documents: %d errors, %d warnings; %d kept in %d shards below %s%n",
          totals.documents(), totals.errors(), totals.warnings(), result.kept(), result.shards(),
          arguments.output());
      return 0;
    } catch (InvalidConfigurationException e) {
      err.println(e.getMessage());
      return 2;
    } finally {
      spark.stop();
    }
  }

  /**
   * The configuration of {@code --config FILE}: the core's configuration file (see
   * {@link CorpusConfigFile}), as {@code corpus:export-config} writes it for a project and
   * {@code corpuskit --config} reads it. The driver reads and checks the file, then ships its text:
   * each executor reads the same settings from it. Its {@code sourceDirectory} is not used (the job
   * reads the source path it is given); paths in it (a lexicon, corpora to check against) resolve
   * against the file's folder, which must be readable where the job runs.
   *
   * @throws InvalidConfigurationException naming the file, the key and the fix when the file cannot be
   *     read or holds a bad setting
   */
  static ConfigSource configFile(String file) {
    Path path = Path.of(file).toAbsolutePath().normalize();
    String text;
    try {
      CorpusSettings checked = CorpusConfigFile.load(path);
      checked.corpusConfig(path.getParent());
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InvalidConfigurationException("--config", "No configuration file " + path
          + ": give the path of a file such as corpus:export-config writes");
    } catch (IOException e) {
      throw new InvalidConfigurationException("--config", "Cannot read the configuration file " + path + ": "
          + e.getMessage());
    } catch (ConfigFileException e) {
      throw new InvalidConfigurationException("--config", e.getMessage());
    }
    String name = path.toString();
    return () -> {
      Path at = Path.of(name);
      return CorpusConfigFile.parse(text, at).corpusConfig(at.getParent());
    };
  }

  /**
   * The default rules and steps, without the corpus-level rules the job does not run yet
   * ({@code near-duplicate}, {@code portable-name}).
   */
  static ConfigSource defaults(String source) {
    return () -> new CorpusConfig(Path.of(source.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*:", "")), List.of(),
        List.of(), new ValidationConfig(StandardCharsets.UTF_8, RuleConfig.of(List.of(
            RuleSetting.severity("near-duplicate", Severity.OFF),
            RuleSetting.severity("portable-name", Severity.OFF)))),
        CleanerConfig.defaults());
  }

  /** The command's arguments. */
  record Arguments(String source, String output, String config, JobOptions options) {

    static Arguments parse(String[] args) {
      String source = null;
      String output = null;
      String config = null;
      JobOptions options = JobOptions.defaults();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.startsWith("--")) {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException(arg + " needs a value");
          }
          String value = args[++i];
          switch (arg) {
            case "--config" -> config = value;
            case "--shards" -> options = options.withShards(number(arg, value));
            case "--partitions" -> options = options.withPartitions(number(arg, value));
            case "--max-file-bytes" -> options = options.withMaxFileBytes(number(arg, value));
            default -> throw new IllegalArgumentException("Unknown option " + arg);
          }
        } else if (source == null) {
          source = arg;
        } else if (output == null) {
          output = arg;
        } else {
          throw new IllegalArgumentException("One source and one output, not also " + arg);
        }
      }
      if (output == null) {
        throw new IllegalArgumentException("Give the source path and the output path");
      }
      return new Arguments(source, output, config, options);
    }

    private static int number(String option, String value) {
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " takes a number, not " + value);
      }
    }
  }
}
