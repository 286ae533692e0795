package dev.corpuskit.cli;

import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.validate.InvalidRuleConfigException;
import java.util.Map;

/**
 * The one place that turns the core's typed configuration errors into usage errors naming the option
 * that sets the value at fault and the fix, as the plugin's error messages name the POM element: the
 * core knows only its own setting keys.
 */
final class Settings {

  /** How a setting is given on the command line, and what to do. */
  record Option(String name, String fix) {}

  /** The option of every setting key the core uses, and of the command line's own checked options. */
  static final Map<String, Option> OPTIONS = Map.ofEntries(
      Map.entry("disabledSteps", new Option("--disable-step", "Use a step id from that list.")),
      Map.entry("enabledSteps", new Option("--enable-step", "Use a step id from that list.")),
      Map.entry("stepParameters", new Option("--step-param",
          "Give a known parameter as KEY=VALUE with a whole number of at least 1, such as c4.minWordsPerLine=3.")),
      Map.entry("language", new Option("--language",
          "Use one of the known languages, alone or with a region such as de-DE.")),
      Map.entry("lexicon", new Option("--lexicon",
          "Fix the file (one rule a line: rule id, TAB, line or tail, TAB, an RE2 pattern) or the path.")),
      Map.entry("auditDetail", new Option("--audit-detail", "Use excerpt (the default), full or counts.")),
      Map.entry("nearDuplicates", new Option("--near-duplicates",
          "Use report (the default) or keep-representative; keep-representative needs the near-duplicate rule on.")),
      Map.entry("near-duplicate", new Option("--rule-param near-duplicate.*",
          "Use shingleWords 1 to 64, bands 1 to 1024, rows 1 to 64, threshold above 0 and at most 1.")),
      Map.entry("reportDocuments", new Option("--report-documents",
          "List document ids or globs such as news/2019-* separated by commas, without empty entries.")),
      Map.entry("minDocuments", new Option("--min-documents", "Use 0 or more (0 allows an empty corpus).")),
      Map.entry("against", new Option("--against",
          "Give the path of a corpus jar, or Maven coordinates groupId:artifactId:version of one in the local"
              + " repository.")),
      Map.entry("threads", new Option("--threads", "Use 1 or more, or leave it out for one per processor.")),
      Map.entry("compressionLevel", new Option("--compression-level", "Use 0 (stored) to 9.")),
      Map.entry("maxLoggedFindings", new Option("--max-findings",
          "Give the number of findings of each severity to print, 0 or more, or -1 to print them all.")),
      Map.entry("encoding", new Option("--encoding",
          "Use a charset this Java runtime has, such as UTF-8 or windows-1252.")),
      Map.entry("outputTimestamp", new Option("--output-timestamp",
          "Use a time from 1980 to 2107: ISO-8601 such as 2026-01-01T00:00:00Z, or seconds since the epoch.")),
      Map.entry("groupId", new Option("--group-id",
          "Use only letters, digits, '.', '_' and '-', for example org.example.corpora.")),
      Map.entry("artifactId", new Option("--artifact-id",
          "Use only letters, digits, '.', '_' and '-', for example news-de.")),
      Map.entry("version", new Option("--corpus-version",
          "Use only letters, digits, '.', '_', '+' and '-', for example 1.0.0.")),
      Map.entry("title", new Option("--title", "Make it one line without control characters.")),
      Map.entry("description", new Option("--description",
          "Remove the control character; line breaks and tabs are fine.")),
      Map.entry("homepage", new Option("--homepage",
          "Use an absolute URL such as https://example.org/corpus, or leave it out.")),
      Map.entry("license", new Option("--license", "Give a one-line SPDX id such as CC-BY-4.0.")),
      Map.entry("source", new Option("--source", "Give each as TITLE=URL, one line each.")),
      Map.entry("organization", new Option("--organization", "Give it as a one-line name.")),
      Map.entry("developers", new Option("--creator", "Give each as a one-line name.")),
      Map.entry("taskCategories", new Option("--task-category",
          "Use the Hugging Face task ids, such as text-generation or text-classification.")),
      Map.entry("citation", new Option("--citation", "Remove the control character; line breaks and tabs are fine.")),
      Map.entry("intendedUse", new Option("--intended-use",
          "Remove the control character; line breaks and tabs are fine.")),
      Map.entry("limitations", new Option("--limitations",
          "Remove the control character; line breaks and tabs are fine.")),
      Map.entry("personalData", new Option("--personal-data",
          "Remove the control character; line breaks and tabs are fine.")));

  private Settings() {}

  /** "Invalid --option: problem. Fix." for {@code setting}, whatever refused its value. */
  static CliException invalid(String setting, String problem, Throwable cause) {
    Option known = OPTIONS.get(setting);
    String message = known == null
        ? "Invalid configuration of '" + setting + "': " + problem + "."
        : "Invalid " + known.name() + ": " + problem + ". " + known.fix();
    return new CliException(ExitCodes.USAGE, message, cause);
  }

  /** As {@link #invalid(String, String, Throwable)}, with a fix of its own for this value. */
  static CliException invalid(String setting, String problem, Throwable cause, String fix) {
    Option known = OPTIONS.get(setting);
    return new CliException(ExitCodes.USAGE, "Invalid " + (known == null ? "'" + setting + "'" : known.name())
        + ": " + problem + ". " + fix, cause);
  }

  /** An option the command line itself refuses before the core runs, named like the core's. */
  static CliException invalid(String setting, String problem) {
    return invalid(setting, problem, null);
  }

  /** A value the core refused, named by its setting key. */
  static CliException invalidSetting(InvalidConfigurationException e) {
    return invalid(e.setting(), e.getMessage(), e);
  }

  /** A rule setting the core refused: the rule options by the rule's id. */
  static CliException invalidRules(InvalidRuleConfigException e) {
    return new CliException(ExitCodes.USAGE, "Invalid --rule/--rule-param/--rule-action: " + e.getMessage()
        + ". Fix the options of rule " + e.ruleId() + " (--rule " + e.ruleId() + "=ERROR|WARNING|INFO|OFF,"
        + " --rule-param " + e.ruleId() + ".KEY=VALUE, --rule-action " + e.ruleId() + "=report|drop).", e);
  }
}
