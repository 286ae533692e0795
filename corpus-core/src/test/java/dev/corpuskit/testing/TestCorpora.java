package dev.corpuskit.testing;

import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.Manifest;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.pack.PackageResult;
import dev.corpuskit.pack.PackageSpec;
import dev.corpuskit.pack.Packager;
import dev.corpuskit.text.Words;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Builds small corpora and corpus jars for tests. */
public final class TestCorpora {

  /** An even second, since zip entries keep two-second precision. */
  public static final Instant TIMESTAMP = Instant.parse("2024-05-06T07:08:10Z");

  /** Three documents in two folders, one with non-ASCII text, one empty. */
  public static final Map<String, String> DOCUMENTS = documents(
      "a/one.txt", "The first document.\n",
      "a/two.txt", "Zweiter Text: Grüße, ☃ und 𝄞.\n",
      "b/empty.txt", "",
      "b/three.txt", "hello world\n");

  private TestCorpora() {}

  public static Map<String, String> documents(String... pathsAndTexts) {
    Map<String, String> docs = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      docs.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
    }
    return docs;
  }

  /** Writes the documents under {@code dataDir} and returns their manifest. */
  public static Manifest writeDocuments(Path dataDir, Map<String, String> docs) throws IOException {
    List<ManifestEntry> entries = new ArrayList<>();
    for (Map.Entry<String, String> d : docs.entrySet()) {
      Path file = dataDir.resolve(d.getKey());
      Files.createDirectories(file.getParent());
      byte[] bytes = d.getValue().getBytes(StandardCharsets.UTF_8);
      Files.write(file, bytes);
      entries.add(entry(d.getKey(), d.getValue()));
    }
    return new Manifest(entries);
  }

  public static ManifestEntry entry(String path, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new ManifestEntry(idOf(path), path, bytes.length, Words.count(text), Sha256.hex(bytes),
        Sha256.hex(("source of " + text).getBytes(StandardCharsets.UTF_8)));
  }

  public static String idOf(String path) {
    return path.endsWith(".txt") ? path.substring(0, path.length() - 4) : path;
  }

  /** Writes the documents to {@code work/<artifactId>-data} and packs them to {@code work/<artifactId>.jar}. */
  public static PackageResult pack(Path work, CorpusInfo info, Map<String, String> docs) throws IOException {
    Path data = work.resolve(info.artifactId() + "-data");
    Manifest manifest = writeDocuments(data, docs);
    return new Packager().pack(new PackageSpec(info, TIMESTAMP), data, manifest, work.resolve(info.artifactId() + ".jar"));
  }

  /** Copies {@code jar} to {@code out} with {@code name}'s content replaced, keeping order and times. */
  public static void rewriteEntry(Path jar, Path out, String name, byte[] content) throws IOException {
    boolean replaced = false;
    try (ZipFile zip = new ZipFile(jar.toFile());
        ZipOutputStream target = new ZipOutputStream(Files.newOutputStream(out))) {
      for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
        ZipEntry e = en.nextElement();
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(e.getTimeLocal());
        target.putNextEntry(copy);
        if (e.getName().equals(name)) {
          target.write(content);
          replaced = true;
        } else {
          try (InputStream in = zip.getInputStream(e)) {
            in.transferTo(target);
          }
        }
        target.closeEntry();
      }
    }
    if (!replaced) {
      throw new IllegalArgumentException("no entry " + name + " in " + jar);
    }
  }

  /** Extracts {@code jar} into {@code dir}. */
  public static void extract(Path jar, Path dir) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        Path target = dir.resolve(e.getName()).normalize();
        if (!target.startsWith(dir)) {
          throw new IOException("zip slip: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          try (OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
          }
        }
      }
    }
  }

  /** The content of one entry. */
  public static byte[] entryBytes(Path jar, String name) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry e = zip.getEntry(name);
      if (e == null) {
        throw new IllegalArgumentException("no entry " + name + " in " + jar);
      }
      try (InputStream in = zip.getInputStream(e)) {
        return in.readAllBytes();
      }
    }
  }
}
