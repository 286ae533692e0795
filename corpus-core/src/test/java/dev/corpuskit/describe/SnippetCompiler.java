package dev.corpuskit.describe;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles a snippet as a user would paste it: its import lines above a class, the rest in a
 * {@code main} method, against this test's class path.
 */
final class SnippetCompiler {

  private SnippetCompiler() {}

  /** The compiler's diagnostics; empty when the snippet compiles. */
  static String compile(String snippet) throws IOException {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : snippet.split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    String source = imports + "public class Snippet {\n  public static void main(String[] args) throws Exception {\n"
        + body + "  }\n}\n";
    Path dir = Files.createTempDirectory("snippet");
    Path file = Files.writeString(dir.resolve("Snippet.java"), source);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter out = new StringWriter();
    boolean ok = compiler.getTask(out, null, null,
        List.of("-d", dir.toString(), "-classpath", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")), "-proc:none"),
        null, compiler.getStandardFileManager(null, null, null).getJavaFileObjects(file.toFile())).call();
    return ok ? "" : out.toString();
  }
}
