package dev.corpuskit.config;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.clean.NearDuplicateHandling;
import dev.corpuskit.describe.CardDetails;
import dev.corpuskit.describe.Creator;
import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.format.License;
import dev.corpuskit.format.Source;
import dev.corpuskit.io.AtomicFiles;
import dev.corpuskit.lang.Language;
import dev.corpuskit.lang.UserLexicon;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.report.AuditDetail;
import dev.corpuskit.report.ReportDocuments;
import dev.corpuskit.validate.InvalidRuleConfigException;
import dev.corpuskit.validate.RuleAction;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import dev.corpuskit.validate.Validator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads and writes the configuration file every runner shares: YAML 1.2 (so JSON too), UTF-8, keys as
 * the plugin's {@code <configuration>} elements name them (see the README's "The configuration file"
 * for every key, its type and default).
 *
 * <p>Reading is safe: the file is composed into YAML nodes and read key by key; no tag creates an
 * object, and every scalar is read as text and checked here. YAML 1.2 reads {@code OFF}, {@code no} and
 * {@code on} as text (YAML 1.1 read them as booleans), so {@code severity: OFF} means the severity.
 * An unknown key, a value of the wrong type, a key given twice and a value the core refuses each fail
 * with {@link ConfigFileException} naming the key's path, the file, line and column, and the fix; the
 * first such problem in file order is reported. A {@code null} (or empty) value leaves the key unset.
 */
public final class CorpusConfigFile {

  /** The file name runners look for when none is given. */
  public static final String DEFAULT_NAME = "corpuskit.yaml";

  /** The top-level keys, in the order {@link #render} writes them. */
  public static final List<String> KEYS = List.of("sourceDirectory", "includes", "excludes", "encoding", "language",
      "rules", "disabledSteps", "enabledSteps", "stepParameters", "lexicon", "nearDuplicates", "against",
      "auditDetail", "minDocuments", "threads", "reportDocuments", "failOnError", "failOnWarning",
      "outputDirectory", "reportsDirectory", "compressionLevel", "outputTimestamp", "publishCleaningReport",
      "metadata");

  /** The keys of {@code metadata}, in the order {@link #render} writes them. */
  public static final List<String> METADATA_KEYS = List.of("groupId", "artifactId", "version", "title",
      "description", "homepage", "licenses", "sources", "organization", "creators", "citation", "intendedUse",
      "limitations", "personalData", "taskCategories");

  /** The keys of a rule besides its parameters. */
  private static final String SEVERITY = "severity";
  private static final String ACTION = "action";

  /** The fix for a value of each key (the first segment of its path, or {@code metadata.<key>}). */
  private static final Map<String, String> FIXES = fixes();

  private CorpusConfigFile() {}

  /**
   * Reads {@code file}: its settings, each checked, relative paths resolved against the file's folder.
   *
   * @throws ConfigFileException when the file is not UTF-8 or YAML, holds an unknown key, or a value
   *     of the wrong type or one the core refuses
   * @throws IOException when it cannot be read
   */
  public static CorpusSettings load(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new ConfigFileException(file, "", 0, 0, "is not UTF-8", "Save the file as UTF-8");
    }
    return parse(text, file);
  }

  /**
   * Reads {@code text} as the content of {@code file}, which names it in errors and whose folder
   * relative paths resolve against.
   *
   * @throws ConfigFileException as {@link #load} does
   */
  public static CorpusSettings parse(String text, Path file) {
    return new Reader(file).read(text);
  }

  /**
   * Writes {@code settings} to {@code file} atomically, as {@link #render} gives them for the file's
   * folder.
   */
  public static void write(CorpusSettings settings, Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    AtomicFiles.write(file, render(settings, folder).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@code settings} as a configuration file in {@code folder}: the keys that are set, in the order of
   * {@link #KEYS}, every text double-quoted, paths under {@code folder}'s parent relative to
   * {@code folder} (with {@code /}; so a file written to a project's {@code target} names
   * {@code ../src/main/corpus}), others absolute. The same settings give the same text, and {@link #parse} reads it back to equal
   * settings.
   */
  public static String render(CorpusSettings settings, Path folder) {
    Writer out = new Writer(folder.toAbsolutePath().normalize());
    out.line(0, "# Corpuskit configuration: read by corpuskit --config, the Maven plugin's <configFile> and the Spark job.");
    out.path("sourceDirectory", settings.sourceDirectory());
    out.list(0, "includes", settings.includes());
    out.list(0, "excludes", settings.excludes());
    out.text(0, "encoding", settings.encoding());
    out.text(0, "language", settings.language());
    if (!settings.rules().isEmpty()) {
      out.line(0, "rules:");
      for (RuleSetting rule : settings.rules()) {
        out.line(1, quote(rule.id()) + ":" + (rule.severity().isEmpty() && rule.action() == RuleAction.REPORT
            && rule.parameters().isEmpty() ? " {}" : ""));
        rule.severity().ifPresent(s -> out.text(2, SEVERITY, s.name()));
        if (rule.action() != RuleAction.REPORT) {
          out.text(2, ACTION, rule.action().name().toLowerCase(Locale.ROOT));
        }
        new TreeMap<>(rule.parameters()).forEach((k, v) -> out.line(2, quote(k) + ": " + quote(v)));
      }
    }
    out.list(0, "disabledSteps", settings.disabledSteps());
    out.list(0, "enabledSteps", settings.enabledSteps());
    if (!settings.stepParameters().isEmpty()) {
      out.line(0, "stepParameters:");
      settings.stepParameters().forEach((k, v) -> out.line(1, quote(k) + ": " + quote(v)));
    }
    out.path("lexicon", settings.lexicon());
    out.text(0, "nearDuplicates", settings.nearDuplicates());
    if (!settings.against().isEmpty()) {
      out.line(0, "against:");
      settings.against().forEach(p -> out.line(1, "- " + quote(out.relative(p))));
    }
    out.text(0, "auditDetail", settings.auditDetail());
    out.plain("minDocuments", settings.minDocuments());
    out.plain("threads", settings.threads());
    out.text(0, "reportDocuments", settings.reportDocuments());
    out.plain("failOnError", settings.failOnError());
    out.plain("failOnWarning", settings.failOnWarning());
    out.path("outputDirectory", settings.outputDirectory());
    out.path("reportsDirectory", settings.reportsDirectory());
    out.plain("compressionLevel", settings.compressionLevel());
    out.text(0, "outputTimestamp", settings.outputTimestamp());
    out.plain("publishCleaningReport", settings.publishCleaningReport());
    CorpusSettings.Metadata m = settings.metadata();
    if (!m.equals(CorpusSettings.Metadata.NONE)) {
      out.line(0, "metadata:");
      out.text(1, "groupId", m.groupId());
      out.text(1, "artifactId", m.artifactId());
      out.text(1, "version", m.version());
      out.text(1, "title", m.title());
      out.text(1, "description", m.description());
      out.text(1, "homepage", m.homepage());
      if (!m.licenses().isEmpty()) {
        out.line(1, "licenses:");
        for (License license : m.licenses()) {
          out.entry(2, List.of("name", "url"), new String[] {license.name(), license.url()});
        }
      }
      if (!m.sources().isEmpty()) {
        out.line(1, "sources:");
        for (Source source : m.sources()) {
          out.entry(2, List.of("title", "url"), new String[] {source.title(), source.url()});
        }
      }
      if (m.organization() != null) {
        out.line(1, "organization:");
        out.text(2, "name", m.organization().name());
        out.text(2, "url", m.organization().url());
      }
      if (!m.creators().isEmpty()) {
        out.line(1, "creators:");
        for (Creator creator : m.creators()) {
          out.entry(2, List.of("name", "email", "url"), new String[] {creator.name(), creator.email(), creator.url()});
        }
      }
      out.text(1, "citation", m.citation());
      out.text(1, "intendedUse", m.intendedUse());
      out.text(1, "limitations", m.limitations());
      out.text(1, "personalData", m.personalData());
      out.list(1, "taskCategories", m.taskCategories());
    }
    return out.toString();
  }

  /** {@code text} as a YAML double-quoted scalar. */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        case '\r' -> quoted.append("\\r");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\uFEFF') {
            quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  /** The lines of a file being written. */
  private static final class Writer {
    private final StringBuilder text = new StringBuilder();
    private final Path folder;

    Writer(Path folder) {
      this.folder = folder;
    }

    void line(int depth, String line) {
      text.append("  ".repeat(depth)).append(line).append('\n');
    }

    void text(int depth, String key, String value) {
      if (value != null) {
        line(depth, key + ": " + quote(value));
      }
    }

    void plain(String key, Object value) {
      if (value != null) {
        line(0, key + ": " + value);
      }
    }

    void path(String key, Path value) {
      if (value != null) {
        line(0, key + ": " + quote(relative(value)));
      }
    }

    void list(int depth, String key, List<String> values) {
      if (!values.isEmpty()) {
        line(depth, key + ":");
        values.forEach(v -> line(depth + 1, "- " + quote(v)));
      }
    }

    void entry(int depth, List<String> keys, String[] values) {
      boolean first = true;
      for (int i = 0; i < keys.size(); i++) {
        if (values[i] != null) {
          line(depth, (first ? "- " : "  ") + keys.get(i) + ": " + quote(values[i]));
          first = false;
        }
      }
    }

    String relative(Path path) {
      Path absolute = path.toAbsolutePath().normalize();
      Path parent = folder.getParent() == null ? folder : folder.getParent();
      Path shown = absolute.startsWith(parent) ? folder.relativize(absolute) : absolute;
      String name = shown.toString().replace(shown.getFileSystem().getSeparator(), "/");
      return name.isEmpty() ? "." : name;
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }

  /** Reads one file's nodes into settings, remembering where each key's value is for the errors. */
  private static final class Reader {
    private final Path file;
    private final Path folder;
    private final Map<String, Mark> marks = new HashMap<>();

    Reader(Path file) {
      this.file = file;
      Path absolute = file.toAbsolutePath();
      this.folder = absolute.getParent() == null ? absolute : absolute.getParent();
    }

    CorpusSettings read(String text) {
      LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).setAllowDuplicateKeys(false)
          .setAllowRecursiveKeys(false).setSchema(new CoreSchema()).setMaxAliasesForCollections(50).setCodePointLimit(16 * 1024 * 1024)
          .build();
      Optional<Node> root;
      try {
        root = new Compose(settings).composeString(text);
      } catch (MarkedYamlEngineException e) {
        Mark mark = e.getProblemMark().orElse(null);
        throw new ConfigFileException(file, "", mark == null ? 0 : mark.getLine() + 1,
            mark == null ? 0 : mark.getColumn() + 1, "not valid YAML: " + e.getProblem(),
            "Fix the YAML there (JSON is valid YAML too)");
      } catch (YamlEngineException e) {
        throw new ConfigFileException(file, "", 0, 0, "not valid YAML: " + e.getMessage(),
            "Fix the YAML (JSON is valid YAML too)");
      }
      if (root.isEmpty() || isNull(root.get())) {
        return CorpusSettings.none();
      }
      Map<String, Node> top = mapping(root.get(), "", KEYS);
      CorpusSettings result = new CorpusSettings(
          path(top, "sourceDirectory"),
          strings(top, "includes"),
          strings(top, "excludes"),
          encoding(top),
          language(top),
          rules(top),
          strings(top, "disabledSteps"),
          strings(top, "enabledSteps"),
          stepParameters(top),
          path(top, "lexicon"),
          checked(top, "nearDuplicates", v -> NearDuplicateHandling.of(v).id()),
          against(top),
          checked(top, "auditDetail", v -> AuditDetail.of(v).id()),
          integer(top, "minDocuments", 0, Integer.MAX_VALUE, "is negative"),
          integer(top, "threads", 1, Integer.MAX_VALUE, "is less than 1"),
          reportDocuments(top),
          bool(top, "failOnError"),
          bool(top, "failOnWarning"),
          path(top, "outputDirectory"),
          path(top, "reportsDirectory"),
          integer(top, "compressionLevel", 0, 9, "is not a deflate level (0 to 9)"),
          checked(top, "outputTimestamp", v -> {
            CorpusSettings.parseTimestamp(v);
            return v.strip();
          }),
          bool(top, "publishCleaningReport"),
          metadata(top.get("metadata")));
      check(result);
      return result;
    }

    /** Builds what the runners build, so that a combination the core refuses fails now, named. */
    private void check(CorpusSettings settings) {
      ValidationConfig validation;
      try {
        validation = new ValidationConfig(StandardCharsets.UTF_8, RuleConfig.of(settings.rules()));
        new Validator(validation);
      } catch (InvalidRuleConfigException e) {
        throw ruleError(e);
      } catch (InvalidConfigurationException e) {
        throw fail(ruleKey(e.setting()), e.getMessage());
      }
      try {
        CleanerConfig cleaning = settings.cleaning();
        new CorpusConfig(Path.of("."), settings.includes(), settings.excludes(), validation, cleaning);
      } catch (InvalidConfigurationException e) {
        throw fail(e.setting(), e.getMessage());
      }
      CorpusSettings.Metadata m = settings.metadata();
      try {
        m.cardDetails();
        new CorpusInfo(m.groupId() == null ? "x" : m.groupId(), m.artifactId() == null ? "x" : m.artifactId(),
            m.version() == null ? "0" : m.version(), m.title(), m.description(), m.homepage(), m.licenses(),
            m.sources());
      } catch (InvalidConfigurationException e) {
        throw fail(metadataKey(e.setting()), e.getMessage());
      }
    }

    private ConfigFileException ruleError(InvalidRuleConfigException e) {
      String rule = "rules." + e.ruleId();
      String key = switch (e.setting()) {
        case "id" -> rule;
        case SEVERITY, ACTION -> rule + "." + e.setting();
        default -> rule + "." + e.setting();
      };
      String message = e.getMessage();
      String prefix = "rule '" + e.ruleId() + "', " + e.setting() + ": ";
      return fail(key, message.startsWith(prefix) ? message.substring(prefix.length()) : message);
    }

    /** The key of a rule setting the core names by its own key ({@code near-duplicate}, {@code against}). */
    private static String ruleKey(String setting) {
      return "against".equals(setting) ? "rules.contamination" : "rules." + setting;
    }

    private static String metadataKey(String setting) {
      return "metadata." + switch (setting) {
        case "license" -> "licenses";
        case "source" -> "sources";
        case "developers" -> "creators";
        default -> setting;
      };
    }

    /** The error for {@code key}: its mark, else its nearest marked parent's. */
    ConfigFileException fail(String key, String problem) {
      String marked = key;
      while (!marks.containsKey(marked) && marked.contains(".")) {
        marked = marked.substring(0, marked.lastIndexOf('.'));
      }
      Mark mark = marks.get(marked);
      return new ConfigFileException(file, key, mark == null ? 0 : mark.getLine() + 1,
          mark == null ? 0 : mark.getColumn() + 1, problem, fixOf(key));
    }

    private ConfigFileException fail(String key, Node node, String problem) {
      node.getStartMark().ifPresent(m -> marks.put(key, m));
      return fail(key, problem);
    }

    /** The keys and values of a mapping, unknown keys refused unless {@code known} is null. */
    private Map<String, Node> mapping(Node node, String path, List<String> known) {
      if (!(node instanceof MappingNode map)) {
        throw fail(path, node, "is " + kind(node) + ", not a mapping of keys to values");
      }
      Map<String, Node> values = new LinkedHashMap<>();
      for (NodeTuple tuple : map.getValue()) {
        if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
          throw fail(path, tuple.getKeyNode(), "has a key that is " + kind(tuple.getKeyNode()));
        }
        String key = keyNode.getValue();
        String keyPath = path.isEmpty() ? key : path + "." + key;
        if (known != null && !known.contains(key)) {
          keyNode.getStartMark().ifPresent(m -> marks.put(keyPath, m));
          throw new ConfigFileException(file, keyPath, line(keyNode), column(keyNode), "unknown key",
              "Remove it, or use one of " + String.join(", ", known) + suggestion(key, known));
        }
        if (values.containsKey(key)) {
          throw new ConfigFileException(file, keyPath, line(keyNode), column(keyNode), "is given twice",
              "Keep one of the two");
        }
        tuple.getValueNode().getStartMark().ifPresent(m -> marks.put(keyPath, m));
        values.put(key, tuple.getValueNode());
      }
      return values;
    }

    private static String suggestion(String key, List<String> known) {
      String plain = key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
      for (String candidate : known) {
        if (distance(plain, candidate.toLowerCase(Locale.ROOT)) <= 2) {
          return " (did you mean " + candidate + "?)";
        }
      }
      return "";
    }

    /** The Levenshtein distance of {@code a} and {@code b}. */
    private static int distance(String a, String b) {
      int[] row = new int[b.length() + 1];
      for (int j = 0; j <= b.length(); j++) {
        row[j] = j;
      }
      for (int i = 1; i <= a.length(); i++) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.length(); j++) {
          int above = row[j];
          row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
          diagonal = above;
        }
      }
      return row[b.length()];
    }

    private static int line(Node node) {
      return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static int column(Node node) {
      return node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }

    private static boolean isNull(Node node) {
      return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL) && scalar.isPlain();
    }

    private static String kind(Node node) {
      return node instanceof MappingNode ? "a mapping" : node instanceof SequenceNode ? "a list" : "a scalar";
    }

    /** A scalar's text; null when the key is absent or null. */
    private String scalar(Map<String, Node> map, String key, String path) {
      Node node = map.get(key);
      if (node == null || isNull(node)) {
        return null;
      }
      if (!(node instanceof ScalarNode scalar)) {
        throw fail(path, node, "is " + kind(node) + ", not a single value");
      }
      return scalar.getValue();
    }

    private String text(Map<String, Node> map, String key) {
      return scalar(map, key, key);
    }

    private interface Check {
      String apply(String value);
    }

    /** The text of {@code key}, as {@code check} gives it back, a refusal named by the key. */
    private String checked(Map<String, Node> map, String key, Check check) {
      String value = text(map, key);
      if (value == null) {
        return null;
      }
      try {
        return check.apply(value.strip());
      } catch (InvalidConfigurationException e) {
        throw fail(key, e.getMessage());
      }
    }

    private Integer integer(Map<String, Node> map, String key, int min, int max, String outside) {
      String value = text(map, key);
      if (value == null) {
        return null;
      }
      int number;
      try {
        number = Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        throw fail(key, "'" + value + "' is not a whole number");
      }
      if (number < min || number > max) {
        throw fail(key, number + " " + outside);
      }
      return number;
    }

    private Boolean bool(Map<String, Node> map, String key) {
      String value = text(map, key);
      if (value == null) {
        return null;
      }
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> throw fail(key, "'" + value + "' is not true or false");
      };
    }

    /** A list of texts; a single value is a list of one. */
    private List<String> strings(Map<String, Node> map, String key) {
      return strings(map.get(key), key);
    }

    private List<String> strings(Node node, String path) {
      if (node == null || isNull(node)) {
        return List.of();
      }
      if (node instanceof ScalarNode scalar) {
        return List.of(scalar.getValue());
      }
      if (!(node instanceof SequenceNode list)) {
        throw fail(path, node, "is " + kind(node) + ", not a list of values");
      }
      List<String> values = new ArrayList<>();
      for (int i = 0; i < list.getValue().size(); i++) {
        Node item = list.getValue().get(i);
        if (!(item instanceof ScalarNode scalar) || isNull(item)) {
          throw fail(path + "[" + i + "]", item, "is " + (isNull(item) ? "null" : kind(item)) + ", not a value");
        }
        values.add(scalar.getValue());
      }
      return values;
    }

    private Path resolve(String value) {
      return folder.resolve(value.strip()).normalize();
    }

    private Path path(Map<String, Node> map, String key) {
      String value = text(map, key);
      if (value == null) {
        return null;
      }
      if (value.isBlank()) {
        throw fail(key, "is blank");
      }
      Path path = resolve(value);
      if (key.equals("lexicon")) {
        try {
          UserLexicon.read(path);
        } catch (InvalidConfigurationException e) {
          throw fail(key, e.getMessage());
        }
      }
      return path;
    }

    private String encoding(Map<String, Node> map) {
      String value = text(map, "encoding");
      if (value == null) {
        return null;
      }
      try {
        return Charset.forName(value.strip()).name();
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw fail("encoding", "no charset '" + value + "'");
      }
    }

    private String language(Map<String, Node> map) {
      return checked(map, "language", Language::canonicalTag);
    }

    private List<Path> against(Map<String, Node> map) {
      List<String> values = strings(map, "against");
      List<Path> jars = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        Path jar = resolve(values.get(i));
        if (!Files.isRegularFile(jar)) {
          throw fail("against", "'" + values.get(i) + "' names no file (" + jar + ")");
        }
        jars.add(jar);
      }
      return jars;
    }

    private String reportDocuments(Map<String, Node> map) {
      List<String> values = strings(map, "reportDocuments");
      if (values.isEmpty()) {
        return null;
      }
      String joined = String.join(",", values);
      try {
        ReportDocuments.of(joined);
      } catch (InvalidConfigurationException e) {
        throw fail("reportDocuments", e.getMessage());
      }
      return joined;
    }

    private Map<String, String> stepParameters(Map<String, Node> map) {
      Node node = map.get("stepParameters");
      if (node == null || isNull(node)) {
        return Map.of();
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (Map.Entry<String, Node> entry : mapping(node, "stepParameters", null).entrySet()) {
        String value = scalar(Map.of(entry.getKey(), entry.getValue()), entry.getKey(),
            "stepParameters." + entry.getKey());
        if (value == null) {
          throw fail("stepParameters." + entry.getKey(), "is null");
        }
        if (!CleanerConfig.STEP_PARAMETERS.contains(entry.getKey())) {
          throw fail("stepParameters." + entry.getKey(), "no step parameter '" + entry.getKey() + "'");
        }
        try {
          CleanerConfig.positiveInt(entry.getKey(), value.strip());
        } catch (InvalidConfigurationException e) {
          throw fail("stepParameters." + entry.getKey(), e.getMessage());
        }
        values.put(entry.getKey(), value.strip());
      }
      return values;
    }

    private List<RuleSetting> rules(Map<String, Node> map) {
      Node node = map.get("rules");
      if (node == null || isNull(node)) {
        return List.of();
      }
      List<RuleSetting> rules = new ArrayList<>();
      for (Map.Entry<String, Node> entry : mapping(node, "rules", null).entrySet()) {
        String id = entry.getKey().strip();
        String path = "rules." + id;
        Map<String, Node> fields = isNull(entry.getValue()) ? Map.of() : mapping(entry.getValue(), path, null);
        Optional<Severity> severity = Optional.empty();
        RuleAction action = RuleAction.REPORT;
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, Node> field : fields.entrySet()) {
          String key = path + "." + field.getKey();
          String value;
          if (field.getValue() instanceof SequenceNode) {
            value = String.join(",", strings(field.getValue(), key)); // a list parameter, such as languages
          } else {
            value = scalar(fields, field.getKey(), key);
          }
          if (value == null) {
            throw fail(key, "is null");
          }
          try {
            switch (field.getKey()) {
              case SEVERITY -> severity = Optional.of(Severity.parse(id, value.strip()));
              case ACTION -> action = RuleAction.parse(id, value.strip());
              default -> parameters.put(field.getKey(), value);
            }
          } catch (InvalidRuleConfigException e) {
            throw ruleError(e);
          }
        }
        rules.add(new RuleSetting(id, severity, parameters, action));
      }
      return rules;
    }

    private CorpusSettings.Metadata metadata(Node node) {
      if (node == null || isNull(node)) {
        return CorpusSettings.Metadata.NONE;
      }
      Map<String, Node> m = mapping(node, "metadata", METADATA_KEYS);
      List<License> licenses = new ArrayList<>();
      for (Map<String, String> item : items(m.get("licenses"), "metadata.licenses", List.of("name", "url"))) {
        licenses.add(meta("metadata.licenses", () -> new License(item.get("name"), item.get("url"))));
      }
      List<Source> sources = new ArrayList<>();
      for (Map<String, String> item : items(m.get("sources"), "metadata.sources", List.of("title", "url"))) {
        sources.add(meta("metadata.sources", () -> new Source(item.get("title"), item.get("url"))));
      }
      Creator organization = null;
      Node org = m.get("organization");
      if (org != null && !isNull(org)) {
        Map<String, Node> fields = mapping(org, "metadata.organization", List.of("name", "url"));
        String name = scalar(fields, "name", "metadata.organization.name");
        String url = scalar(fields, "url", "metadata.organization.url");
        organization = meta("metadata.organization", () -> Creator.organization(name, url));
      }
      List<Creator> creators = new ArrayList<>();
      for (Map<String, String> item : items(m.get("creators"), "metadata.creators", List.of("name", "email", "url"))) {
        creators.add(meta("metadata.creators", () -> Creator.person(item.get("name"), item.get("email"),
            item.get("url"))));
      }
      return new CorpusSettings.Metadata(
          scalar(m, "groupId", "metadata.groupId"),
          scalar(m, "artifactId", "metadata.artifactId"),
          scalar(m, "version", "metadata.version"),
          scalar(m, "title", "metadata.title"),
          scalar(m, "description", "metadata.description"),
          scalar(m, "homepage", "metadata.homepage"),
          licenses, sources, organization, creators,
          scalar(m, "citation", "metadata.citation"),
          scalar(m, "intendedUse", "metadata.intendedUse"),
          scalar(m, "limitations", "metadata.limitations"),
          scalar(m, "personalData", "metadata.personalData"),
          strings(m.get("taskCategories"), "metadata.taskCategories"));
    }

    private interface Make<T> {
      T make();
    }

    private <T> T meta(String key, Make<T> make) {
      try {
        return make.make();
      } catch (InvalidConfigurationException e) {
        throw fail(key, e.getMessage());
      }
    }

    /** The items of a list of mappings with the keys {@code known}; a text item is the first key's value. */
    private List<Map<String, String>> items(Node node, String path, List<String> known) {
      if (node == null || isNull(node)) {
        return List.of();
      }
      if (!(node instanceof SequenceNode list)) {
        throw fail(path, node, "is " + kind(node) + ", not a list");
      }
      List<Map<String, String>> items = new ArrayList<>();
      for (int i = 0; i < list.getValue().size(); i++) {
        Node item = list.getValue().get(i);
        String itemPath = path + "[" + i + "]";
        Map<String, String> values = new LinkedHashMap<>();
        if (item instanceof ScalarNode scalar && !isNull(item)) {
          values.put(known.get(0), scalar.getValue());
        } else {
          Map<String, Node> fields = mapping(item, itemPath, known);
          for (String key : fields.keySet()) {
            values.put(key, scalar(fields, key, itemPath + "." + key));
          }
        }
        items.add(values);
      }
      return items;
    }
  }

  /** The fix for the value at {@code key}. */
  static String fixOf(String key) {
    String first = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
    if (first.contains("[")) {
      first = first.substring(0, first.indexOf('['));
    }
    if (first.equals("metadata") && key.length() > "metadata.".length()) {
      String rest = key.substring("metadata.".length());
      for (int i = 0; i < rest.length(); i++) {
        if (rest.charAt(i) == '.' || rest.charAt(i) == '[') {
          rest = rest.substring(0, i);
          break;
        }
      }
      return FIXES.getOrDefault("metadata." + rest, "Fix the value");
    }
    return FIXES.getOrDefault(first, "Fix the value");
  }

  private static Map<String, String> fixes() {
    Map<String, String> fixes = new HashMap<>();
    fixes.put("", "Give a mapping of the keys listed in the README's \"The configuration file\"");
    fixes.put("sourceDirectory", "Give the folder of the documents, relative to this file's folder");
    fixes.put("includes", "Give a list of globs such as \"**/*.txt\"");
    fixes.put("excludes", "Give a list of globs such as \"drafts/**\"");
    fixes.put("encoding", "Use a charset this Java runtime has, such as UTF-8 or windows-1252");
    fixes.put("language", "Use one of the known languages, alone or with a region such as de-DE");
    fixes.put("rules", "Give each rule by its id: severity (ERROR, WARNING, INFO or OFF), action (report or"
        + " drop) and its parameters, as the README's rule table lists them");
    fixes.put("disabledSteps", "Use step ids from the README's cleaning-step table");
    fixes.put("enabledSteps", "Use c4 or pii");
    fixes.put("stepParameters", "Use c4.minWordsPerLine or c4.maxWordLength with a whole number of at least 1");
    fixes.put("lexicon", "Fix the file (one rule a line: rule id, TAB, line or tail, TAB, an RE2 pattern) or the"
        + " path, relative to this file's folder");
    fixes.put("nearDuplicates", "Use report (the default) or keep-representative; keep-representative needs the"
        + " near-duplicate rule on");
    fixes.put("against", "Give paths of corpus jars, relative to this file's folder");
    fixes.put("auditDetail", "Use excerpt (the default), full or counts");
    fixes.put("minDocuments", "Use 0 or more (0 allows an empty corpus)");
    fixes.put("threads", "Use 1 or more, or leave the key out for one per processor");
    fixes.put("reportDocuments", "List document ids or globs such as news/2019-*, at most 50");
    fixes.put("failOnError", "Use true or false");
    fixes.put("failOnWarning", "Use true or false");
    fixes.put("outputDirectory", "Give a folder, relative to this file's folder");
    fixes.put("reportsDirectory", "Give a folder, relative to this file's folder");
    fixes.put("compressionLevel", "Use 0 (stored) to 9");
    fixes.put("outputTimestamp", "Use a time from 1980 to 2107: ISO-8601 such as 2026-01-01T00:00:00Z, or"
        + " seconds since the epoch");
    fixes.put("publishCleaningReport", "Use true or false");
    fixes.put("metadata", "Give a mapping of " + String.join(", ", METADATA_KEYS));
    fixes.put("metadata.groupId", "Use only letters, digits, '.', '_' and '-', for example org.example.corpora");
    fixes.put("metadata.artifactId", "Use only letters, digits, '.', '_' and '-', for example news-de");
    fixes.put("metadata.version", "Use only letters, digits, '.', '_', '+' and '-', for example 1.0.0");
    fixes.put("metadata.title", "Make it one line without control characters");
    fixes.put("metadata.description", "Remove the control character; line breaks and tabs are fine");
    fixes.put("metadata.homepage", "Use an absolute URL such as https://example.org/corpus, or leave it out");
    fixes.put("metadata.licenses", "Give each as an SPDX id such as CC-BY-4.0, or as name and url");
    fixes.put("metadata.sources", "Give each as title and url, one line each");
    fixes.put("metadata.organization", "Give it a one-line name, a url or both");
    fixes.put("metadata.creators", "Give each a one-line name, an email such as jane@example.org, a url");
    fixes.put("metadata.citation", "Remove the control character; line breaks and tabs are fine");
    fixes.put("metadata.intendedUse", "Remove the control character; line breaks and tabs are fine");
    fixes.put("metadata.limitations", "Remove the control character; line breaks and tabs are fine");
    fixes.put("metadata.personalData", "Remove the control character; line breaks and tabs are fine");
    fixes.put("metadata.taskCategories", "Use Hugging Face task ids, such as text-generation");
    return Map.copyOf(fixes);
  }

  /** The setting keys this file names, for a runner's documentation checks. */
  static Set<String> fixedKeys() {
    return FIXES.keySet();
  }
}
