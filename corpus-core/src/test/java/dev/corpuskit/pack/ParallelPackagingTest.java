package dev.corpuskit.pack;

import static dev.corpuskit.testing.TestCorpora.TIMESTAMP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.Manifest;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.testing.TestCorpora;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parallel deflating: the same bytes for any thread count, and the same as {@code ZipOutputStream}. */
class ParallelPackagingTest {

  @TempDir Path dir;

  private Manifest corpus(Path data) throws IOException {
    Map<String, String> docs = new TreeMap<>();
    for (int i = 0; i < 300; i++) {
      docs.put("c" + (i % 7) + "/doc-" + i + ".txt", ("Paragraph " + i + " of a test document.\n").repeat(1 + i % 40));
    }
    // Larger than the parallel limit: streamed by the writer.
    docs.put("big.txt", "0123456789abcdef".repeat(DocumentDeflater.PARALLEL_LIMIT / 16 + 1000));
    docs.put("empty-ish.txt", "\n");
    TestCorpora.writeDocuments(data, docs);
    List<ManifestEntry> entries = new ArrayList<>();
    docs.forEach((path, text) -> entries.add(TestCorpora.entry(path, text)));
    return new Manifest(entries);
  }

  @Test
  void jarIsByteIdenticalForAnyThreadCountAndEqualToZipOutputStream() throws IOException {
    Path data = dir.resolve("data");
    Manifest manifest = corpus(data);
    Path license = Files.writeString(dir.resolve("LICENSE"), "free\n");
    // A report of several deflate buffers, deflated ahead on the spool thread like the others.
    StringBuilder report = new StringBuilder();
    for (int i = 0; i < 60_000; i++) {
      report.append("{\"document\":\"c").append(i % 7).append("/doc-").append(i).append("\",\"changes\":")
          .append(i % 13).append("}\n");
    }
    Path cleaning = Files.writeString(dir.resolve("cleaning.json"), report);
    PackageSpec spec = new PackageSpec(CorpusInfo.of("g", "a", "1"), TIMESTAMP,
        Map.of("LICENSE", license, "cleaning.json", cleaning),
        Map.of("datapackage.json", EntryContent.of("{}\n".getBytes(StandardCharsets.UTF_8))));
    List<byte[]> jars = new ArrayList<>();
    for (int threads : new int[] {1, 2, 4}) {
      Path jar = dir.resolve("t" + threads + ".jar");
      new Packager(threads).pack(spec, data, manifest, jar);
      jars.add(Files.readAllBytes(jar));
    }
    assertThat(jars.get(1)).isEqualTo(jars.get(0));
    assertThat(jars.get(2)).isEqualTo(jars.get(0));
    assertThat(jars.get(0)).isEqualTo(rewrittenByZipOutputStream(dir.resolve("t1.jar")));
    try (JarInputStream in = new JarInputStream(Files.newInputStream(dir.resolve("t4.jar")))) {
      assertThat(in.getManifest().getMainAttributes().getValue("Corpus-Id")).isEqualTo("g:a");
      int entries = 0;
      while (in.getNextJarEntry() != null) {
        entries++;
      }
      // index, manifest, sums, licence, report, descriptor; MANIFEST.MF came first and went to getManifest().
      assertThat(entries).isEqualTo(manifest.entries().size() + 6);
    }
  }

  @Test
  void aDocumentChangedAfterTheSizeCheckFailsOnAnyThread() throws IOException {
    Path data = dir.resolve("data");
    Manifest manifest = corpus(data);
    Files.writeString(data.resolve("c3/doc-10.txt"), "X" + Files.readString(data.resolve("c3/doc-10.txt")).substring(1));
    Path jar = dir.resolve("a.jar");
    assertThatThrownBy(() -> new Packager(4).pack(new PackageSpec(CorpusInfo.of("g", "a", "1"), TIMESTAMP), data,
        manifest, jar)).isInstanceOf(StaleDocumentException.class).hasMessageContaining("c3/doc-10.txt");
    assertThat(jar).doesNotExist();
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void zip64EndRecordsMatchZipOutputStreamForManyEntries() throws IOException {
    LocalDateTime time = LocalDateTime.ofInstant(TIMESTAMP, ZoneOffset.UTC);
    ByteArrayOutputStream ours = new ByteArrayOutputStream();
    ByteArrayOutputStream jdk = new ByteArrayOutputStream();
    try (ZipWriter zip = new ZipWriter(ours, dir.resolve("central"), time, Packager.COMPRESSION_LEVEL);
        ZipOutputStream reference = new ZipOutputStream(jdk, StandardCharsets.UTF_8)) {
      reference.setLevel(Packager.COMPRESSION_LEVEL);
      for (int i = 0; i < 70_000; i++) {
        byte[] content = Integer.toString(i).getBytes(StandardCharsets.UTF_8);
        String name = String.format("e/%06d", i);
        if (i % 2 == 0) {
          zip.add(name, DeflatedEntry.deflate(content, content.length, Packager.COMPRESSION_LEVEL));
        } else {
          zip.stream(name, EntryContent.of(content));
        }
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        reference.putNextEntry(entry);
        reference.write(content);
        reference.closeEntry();
      }
      zip.finish();
      reference.finish();
    }
    assertThat(ours.toByteArray()).isEqualTo(jdk.toByteArray());
    assertThat(dir.resolve("central")).doesNotExist();
  }

  /** The jar's entries, in order, written again as the packager did before it deflated in parallel. */
  private static byte[] rewrittenByZipOutputStream(Path jar) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipFile zip = new ZipFile(jar.toFile());
        ZipOutputStream reference = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      reference.setLevel(Packager.COMPRESSION_LEVEL);
      for (ZipEntry e : Collections.list(zip.entries())) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(LocalDateTime.ofInstant(TIMESTAMP, ZoneOffset.UTC));
        reference.putNextEntry(copy);
        try (InputStream in = zip.getInputStream(e)) {
          in.transferTo(reference);
        }
        reference.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
