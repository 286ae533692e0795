package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpuskit.read.AvailableCorpus;
import dev.corpuskit.read.CorpusDocument;
import dev.corpuskit.read.CorpusIntegrityException;
import dev.corpuskit.read.CorpusNotFoundException;
import dev.corpuskit.read.CorpusReader;
import dev.corpuskit.read.Verification;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Reads the corpus this project depends on, as any user of a published corpus would. */
class ReadCorpusTest {

  private static final String ID = "dev.corpuskit.it:news-corpus";

  @Test
  void readsEveryDocumentWithFullVerification() throws Exception {
    try (CorpusReader corpus = CorpusReader.fromClasspath(getClass().getClassLoader(), ID, Verification.FULL);
         Stream<CorpusDocument> documents = corpus.stream()) {
      List<CorpusDocument> all = documents.collect(Collectors.toList());
      assertEquals("1.0.0", corpus.version());
      assertEquals(List.of("003_b20276f8bb1996d1", "cluster-1/004_ed9bd0d0fe1211cd"),
          all.stream().map(CorpusDocument::id).collect(Collectors.toList()));
      assertTrue(all.get(0).text().contains("Trump addressed officials from more than 70 countries"));
      assertTrue(all.get(1).text().endsWith("\n"));
      List<String> expectedHashes = new ArrayList<>();
      try (InputStream sums = corpus.openFile("SHA256SUMS")) {
        for (String line : new String(sums.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          expectedHashes.add(line.substring(0, 64));
        }
      }
      for (CorpusDocument document : all) {
        byte[] bytes = document.text().getBytes(StandardCharsets.UTF_8);
        assertEquals(document.entry().bytes(), bytes.length);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertEquals(document.entry().sha256(), sha256, document.id());
        assertTrue(expectedHashes.contains(sha256), document.id() + " not in SHA256SUMS");
      }
    }
  }

  @Test
  void theReaderComesWithoutTheCore() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("dev.corpuskit.pipeline.CorpusBuild"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.jsoup.Jsoup"));
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    assertTrue(classpath.contains("corpus-reader"), classpath);
    assertFalse(classpath.contains("corpus-core"), classpath);
  }

  @Test
  void aMissingCorpusNamesTheOnesThatArePresent() {
    CorpusNotFoundException e = assertThrows(CorpusNotFoundException.class,
        () -> CorpusReader.fromClasspath(getClass().getClassLoader(), "org.example:nothing-here"));
    assertTrue(e.getMessage().contains(ID), e.getMessage());
  }

  @Test
  void aTamperedCopyOfTheArtifactIsRejected() throws Exception {
    Path jar = jarOf(ID);
    Path tampered = Path.of("target", "tampered.jar");
    String victim = "META-INF/corpus/dev.corpuskit.it/news-corpus/data/003_b20276f8bb1996d1.txt";
    try (ZipFile in = new ZipFile(jar.toFile());
         OutputStream file = Files.newOutputStream(tampered);
         ZipOutputStream out = new ZipOutputStream(file)) {
      for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        byte[] bytes;
        try (InputStream content = in.getInputStream(entry)) {
          bytes = content.readAllBytes();
        }
        if (entry.getName().equals(victim)) {
          bytes[0] = (byte) (bytes[0] == 'X' ? 'Y' : 'X'); // same size, different content
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    try (CorpusReader corpus = CorpusReader.open(tampered, Verification.FULL);
         Stream<CorpusDocument> documents = corpus.stream()) {
      CorpusIntegrityException e =
          assertThrows(CorpusIntegrityException.class, () -> documents.forEach(document -> { }));
      assertTrue(e.getMessage().contains("003_b20276f8bb1996d1.txt"), e.getMessage());
      assertTrue(e.getMessage().contains(e.expectedSha256()) && e.getMessage().contains(e.actualSha256()),
          e.getMessage());
    }
  }

  private Path jarOf(String id) throws Exception {
    for (AvailableCorpus corpus : CorpusReader.available(getClass().getClassLoader())) {
      if (corpus.id().equals(id)) {
        JarURLConnection connection = (JarURLConnection) corpus.index().openConnection();
        return Path.of(connection.getJarFileURL().toURI());
      }
    }
    throw new AssertionError(id + " is not on the classpath");
  }
}
