package dev.corpuskit.pipeline.state;

import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.io.AtomicFiles;
import dev.corpuskit.pack.PackageResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * Remembers what the last packaging was made from, so that packaging the same manifest, reports and
 * metadata again keeps the jar instead of writing it again. The key hashes the tool version, the
 * corpus metadata, the timestamp and the content of the manifest and reports (which hold every
 * document's SHA-256); the jar must still have the size and time it was written with.
 */
public final class PackageStamp {

  private PackageStamp() {}

  public static String key(String toolVersion, CorpusInfo info, Instant created, Path... files) throws IOException {
    MessageDigest digest = Sha256.digest();
    digest.update((toolVersion + "\n" + info + "\n" + created + "\n").getBytes(StandardCharsets.UTF_8));
    byte[] buffer = new byte[BUFFER];
    for (Path file : files) {
      digest.update((file.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
      if (Files.isRegularFile(file)) {
        update(digest, file, buffer);
      }
    }
    return Sha256.hex(digest);
  }

  private static final int BUFFER = 64 * 1024;

  private static void update(MessageDigest digest, Path file, byte[] buffer) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
  }

  /**
   * The result of the last packaging, if it was made under {@code key} and its jar is untouched: the
   * same size and time, and the same SHA-256, so that bytes damaged in place (a bad sector, a stray
   * write that kept the time) are not published again. Hashing reads the jar once, at about 1 GB/s:
   * a small part of packaging it again.
   */
  public static Optional<PackageResult> read(Path stamp, String key, Path jar) {
    try {
      Properties p = new Properties();
      p.load(new StringReader(Files.readString(stamp, StandardCharsets.UTF_8)));
      if (!key.equals(p.getProperty("key")) || !Files.isRegularFile(jar, LinkOption.NOFOLLOW_LINKS)
          || Files.size(jar) != Long.parseLong(p.getProperty("jarBytes"))
          || Files.getLastModifiedTime(jar).toMillis() != Long.parseLong(p.getProperty("jarTime"))) {
        return Optional.empty();
      }
      MessageDigest digest = Sha256.digest();
      update(digest, jar, new byte[BUFFER]);
      if (!Sha256.hex(digest).equals(p.getProperty("jarSha256"))) {
        return Optional.empty();
      }
      return Optional.of(new PackageResult(jar, Integer.parseInt(p.getProperty("documents")),
          Long.parseLong(p.getProperty("totalBytes")), Long.parseLong(p.getProperty("jarBytes")),
          p.getProperty("jarSha256")));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // no stamp, or a damaged one: package again
    }
  }

  /**
   * What the deflated bytes of a jar depend on besides the content: the tool, the level and the Java
   * runtime whose deflater made them.
   */
  public static String deflater(String toolVersion, int level) {
    return toolVersion + " level " + level + " " + System.getProperty("java.vendor") + " "
        + System.getProperty("java.version") + " " + System.getProperty("java.home");
  }

  /** Whether {@code stamp} shows that {@code jar} is untouched since {@code deflater} wrote it. */
  public static boolean jarMadeBy(Path stamp, String deflater, Path jar) {
    try {
      Properties p = new Properties();
      p.load(new StringReader(Files.readString(stamp, StandardCharsets.UTF_8)));
      return deflater.equals(p.getProperty("deflater")) && Files.isRegularFile(jar, LinkOption.NOFOLLOW_LINKS)
          && Files.size(jar) == Long.parseLong(p.getProperty("jarBytes"))
          && Files.getLastModifiedTime(jar).toMillis() == Long.parseLong(p.getProperty("jarTime"));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  public static void write(Path stamp, String key, String deflater, PackageResult result) throws IOException {
    Properties deflaterProperty = new Properties();
    deflaterProperty.setProperty("deflater", deflater);
    StringWriter escaped = new StringWriter(); // Properties' escaping, for a path with backslashes
    deflaterProperty.store(escaped, null);
    String deflaterLine = escaped.toString().lines().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
    String text = deflaterLine + "\nkey=" + key + "\ndocuments=" + result.documents() + "\ntotalBytes=" + result.totalBytes()
        + "\njarBytes=" + result.jarBytes() + "\njarTime=" + Files.getLastModifiedTime(result.jar()).toMillis()
        + "\njarSha256=" + result.jarSha256() + "\n";
    AtomicFiles.write(stamp, text.getBytes(StandardCharsets.UTF_8));
  }
}
