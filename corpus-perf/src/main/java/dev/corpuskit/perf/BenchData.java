package dev.corpuskit.perf;

import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.parse.Parsers;
import dev.corpuskit.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The benchmark documents: {@code news-extraction/text/*.txt} or {@code html/*.html.gz} (unpacked to a
 * temporary corpus) from the directory in the system property {@code bench.data}, default
 * {@code ../shared/bench/news-extraction}.
 */
final class BenchData {

  private final List<SourceFile> files;
  private final List<byte[]> bytes;
  private final List<String> texts;
  private final long totalBytes;

  private BenchData(List<SourceFile> files, List<byte[]> bytes) {
    this.files = files;
    this.bytes = bytes;
    this.texts = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < files.size(); i++) {
      texts.add(parse(i).text());
      total += bytes.get(i).length;
    }
    this.totalBytes = total;
  }

  static BenchData load(String format) throws IOException {
    Path data = Path.of(System.getProperty("bench.data", "../shared/bench/news-extraction"));
    Path source = data.resolve(format.equals("html") ? "html" : "text");
    if (!Files.isDirectory(source)) {
      throw new IOException("no benchmark data at " + source + "; set -Dbench.data=DIR");
    }
    Path root = Files.createTempDirectory("corpuskit-bench-" + format);
    root.toFile().deleteOnExit();
    List<SourceFile> files = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    try (Stream<Path> list = Files.list(source)) {
      for (Path p : list.sorted().toList()) {
        String name = p.getFileName().toString();
        byte[] content;
        if (name.endsWith(".gz")) {
          try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            content = in.readAllBytes();
          }
          name = name.substring(0, name.length() - 3);
        } else {
          content = Files.readAllBytes(p);
        }
        Path copy = root.resolve(name);
        Files.write(copy, content);
        copy.toFile().deleteOnExit();
        files.add(SourceFile.of(root, copy));
        contents.add(content);
      }
    }
    return new BenchData(files, contents);
  }

  int size() {
    return files.size();
  }

  long totalBytes() {
    return totalBytes;
  }

  SourceFile file(int i) {
    return files.get(i);
  }

  String text(int i) {
    return texts.get(i);
  }

  ParsedDocument parse(int i) {
    return Parsers.forFile(files.get(i)).orElseThrow().parse(files.get(i), bytes.get(i), StandardCharsets.UTF_8);
  }
}
