package dev.corpuskit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

/** Runs the command line in this JVM, capturing what it prints. */
public record Cli(int exitCode, String out, String err) {

  /** Runs {@code args} as {@code corpuskit args}. */
  public static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** The lines of standard output. */
  public List<String> outLines() {
    return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
  }

  /** The lines of standard output that are findings ({@code file:line:col: message [rule]}). */
  public List<String> findingLines() {
    return outLines().stream().filter(line -> line.matches(".*:\\d+:\\d+: .* \\[[a-z0-9-]+\\]")).toList();
  }
}
