package dev.corpuskit.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.corpuskit.format.CorpusLayout;
import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.format.ManifestReader;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.io.Json;
import dev.corpuskit.read.CorpusReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Exports a corpus as gzip-compressed JSON Lines shards: {@code part-00000.jsonl.gz},
 * {@code part-00001.jsonl.gz}, ... in the output folder, each line one document, in id order, as
 * <pre>{"id":"a/001","text":"...","source":"a/001.txt","words":412,"sha256":"...","source_sha256":"...",
 * "language":"en","language_score":0.9731}</pre>
 * with {@code language} and {@code language_score} (null for a document without one) when the
 * manifest states languages, and {@code url} and {@code date} when it states where documents were
 * crawled (null for a document that was not). Beside them, {@value #INDEX} lists the shards with their document counts, sizes and
 * SHA-256.
 *
 * <p>A corpus jar is read with {@link CorpusReader}, which checks every document against the manifest;
 * a cleaned folder is checked here, file by file, against the manifest's SHA-256, and a mismatch stops
 * the export before anything is written, naming every document that differs
 * ({@link DocumentMismatchException}).
 *
 * <p>The output is the same bytes for the same corpus and shard size: the gzip header carries no time
 * or system ({@link GzipShard}), the JSON is written in a fixed field order with LF line ends. It is
 * written to a temporary folder beside the output and moved into place: a new or empty output folder is
 * replaced by it in one rename; into a folder of an earlier export the shards are moved one by one,
 * {@value #INDEX} last, then the earlier export's surplus shards are deleted. A folder holding other
 * files and no {@value #INDEX} is refused ({@link ExportOutputNotOwnedException}); files an export did
 * not write are never deleted. The temporary folder of an export that was killed is deleted by the next
 * export to the same output, once its process is gone ({@link #removeDeadExports}).
 */
public final class CorpusExport {

  /** The index of an export, in its folder. */
  public static final String INDEX = "export.json";

  /** The format of the shards, as {@value #INDEX} names it. */
  public static final String FORMAT = "jsonl";

  private CorpusExport() {}

  /** The file name of shard {@code index}: {@code part-00000.jsonl.gz}. */
  public static String shardName(int index) {
    return String.format(Locale.ROOT, "part-%05d.jsonl.gz", index);
  }

  /**
   * Exports as {@code request} says.
   *
   * @throws DocumentMismatchException when documents of a cleaned folder do not match its manifest
   * @throws ExportOutputNotOwnedException when the output folder holds files that no export wrote
   * @throws InvalidConfigurationException naming {@code manifest} when a cleaned folder has no manifest
   * @throws dev.corpuskit.read.CorpusIntegrityException when a jar's document fails its check
   * @throws NoSuchFileException when the input does not exist
   * @throws IOException when a file cannot be read or written
   */
  public static ExportResult run(ExportRequest request) throws IOException {
    Path out = request.outputDirectory().toAbsolutePath().normalize();
    Set<String> earlier = earlierShards(out);
    try (Documents documents = Documents.open(request)) {
      Path temp = tempFolder(out);
      boolean installed = false;
      try {
        List<ExportResult.Shard> shards = write(documents, temp, request.shardSize());
        long count = shards.stream().mapToLong(ExportResult.Shard::documents).sum();
        Json.write(temp.resolve(INDEX), json -> index(json, documents, request.shardSize(), count, shards));
        install(temp, out, earlierShards(out), earlier, shards);
        installed = true;
        return new ExportResult(out, count, shards);
      } finally {
        if (!installed) {
          deleteOwn(temp);
        }
      }
    }
  }

  /** Writes the shards into {@code folder}, or throws before the end if a document does not match. */
  private static List<ExportResult.Shard> write(Documents documents, Path folder, ShardSize size)
      throws IOException {
    List<ExportResult.Shard> shards = new ArrayList<>();
    List<DocumentMismatchException.Mismatch> mismatches = new ArrayList<>();
    GzipShard shard = null;
    String firstId = null;
    String lastId = null;
    try {
      for (ManifestEntry entry : documents.entries()) {
        String text = documents.text(entry, mismatches);
        if (text == null) {
          continue;
        }
        byte[] line = line(entry, text, documents);
        if (shard != null && (size.documents() ? shard.documents() >= size.limit()
            : shard.uncompressedBytes() + line.length > size.limit())) {
          shard.close();
          shards.add(shard(shards.size(), shard, firstId, lastId));
          shard = null;
        }
        if (shard == null) {
          shard = new GzipShard(Files.newOutputStream(folder.resolve(shardName(shards.size())),
              StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
          firstId = entry.id();
        }
        if (mismatches.isEmpty()) {
          shard.writeLine(line);
        }
        lastId = entry.id();
      }
      if (!mismatches.isEmpty()) {
        throw new DocumentMismatchException(documents.manifestName(), mismatches);
      }
      if (shard != null) {
        shard.close();
        shards.add(shard(shards.size(), shard, firstId, lastId));
        shard = null;
      }
      return shards;
    } finally {
      if (shard != null) {
        shard.close();
      }
    }
  }

  private static ExportResult.Shard shard(int index, GzipShard shard, String firstId, String lastId) {
    return new ExportResult.Shard(shardName(index), shard.documents(), shard.compressedBytes(),
        shard.uncompressedBytes(), shard.sha256(), firstId, lastId);
  }

  /** One document's line: its JSON object and a line feed. */
  private static byte[] line(ManifestEntry e, String text, Documents documents) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() + 512);
    try (JsonGenerator json = Json.openLines(bytes)) {
      json.writeStartObject();
      json.writeStringField("id", e.id());
      json.writeStringField("text", text);
      json.writeStringField("source", e.path());
      json.writeNumberField("words", e.words());
      json.writeStringField("sha256", e.sha256());
      json.writeStringField("source_sha256", e.sourceSha256());
      if (documents.languages()) {
        json.writeStringField("language", e.language());
        json.writeFieldName("language_score");
        if (e.languageScore() == null) {
          json.writeNull();
        } else {
          json.writeNumber(e.languageScore());
        }
      }
      if (documents.crawls()) {
        json.writeStringField("url", e.url());
        json.writeStringField("date", e.date());
      }
      json.writeEndObject();
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  private static void index(JsonGenerator json, Documents documents, ShardSize size, long count,
      List<ExportResult.Shard> shards) throws IOException {
    json.writeStartObject();
    json.writeStringField("format", FORMAT);
    json.writeStringField("compression", "gzip");
    if (documents.corpus() != null) {
      json.writeStringField("corpus", documents.corpus());
    }
    json.writeNumberField("documents", count);
    json.writeObjectFieldStart("shard_size");
    json.writeNumberField(size.documents() ? "documents" : "bytes", size.limit());
    json.writeEndObject();
    json.writeArrayFieldStart("fields");
    for (String field : fields(documents)) {
      json.writeString(field);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("shards");
    for (ExportResult.Shard s : shards) {
      json.writeStartObject();
      json.writeStringField("path", s.name());
      json.writeNumberField("documents", s.documents());
      json.writeNumberField("bytes", s.bytes());
      json.writeNumberField("uncompressed_bytes", s.uncompressedBytes());
      json.writeStringField("sha256", s.sha256());
      json.writeStringField("first_id", s.firstId());
      json.writeStringField("last_id", s.lastId());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static List<String> fields(Documents documents) {
    List<String> fields = new ArrayList<>(List.of("id", "text", "source", "words", "sha256", "source_sha256"));
    if (documents.languages()) {
      fields.addAll(List.of("language", "language_score"));
    }
    if (documents.crawls()) {
      fields.addAll(List.of("url", "date"));
    }
    return fields;
  }

  /**
   * The shards an earlier export left in {@code out}, as its index lists them; empty when {@code out}
   * does not exist or is empty.
   *
   * @throws ExportOutputNotOwnedException when {@code out} is not a folder, or holds files and no index
   */
  private static Set<String> earlierShards(Path out) throws IOException {
    BasicFileAttributes stat;
    try {
      stat = Files.readAttributes(out, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return Set.of();
    }
    if (!stat.isDirectory()) {
      throw new ExportOutputNotOwnedException(out, stat.isSymbolicLink() ? "is a link" : "is not a folder");
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(out)) {
      if (!entries.iterator().hasNext()) {
        return Set.of();
      }
    }
    Path index = out.resolve(INDEX);
    if (!Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS)) {
      throw new ExportOutputNotOwnedException(out, "holds files and no " + INDEX);
    }
    Set<String> names = new HashSet<>();
    try (InputStream in = Files.newInputStream(index); JsonParser parser = new JsonFactory().createParser(in)) {
      boolean ours = false;
      int depth = 0;
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.FIELD_NAME && depth == 1 && parser.currentName().equals("format")) {
          ours = FORMAT.equals(parser.nextTextValue());
        } else if (t == JsonToken.FIELD_NAME && depth == 3 && parser.currentName().equals("path")) {
          String name = parser.nextTextValue();
          if (name != null && isShardName(name)) {
            names.add(name);
          }
        }
      }
      if (!ours) {
        throw new ExportOutputNotOwnedException(out, "holds an " + INDEX + " that no export wrote");
      }
    } catch (JsonProcessingException e) {
      throw new ExportOutputNotOwnedException(out, "holds an " + INDEX + " that is not JSON");
    }
    return names;
  }

  /** Whether {@code name} is a shard's name, {@code part-} and at least five digits {@code .jsonl.gz}. */
  static boolean isShardName(String name) {
    String prefix = "part-";
    String suffix = ".jsonl.gz";
    if (!name.startsWith(prefix) || !name.endsWith(suffix)
        || name.length() < prefix.length() + 5 + suffix.length()) {
      return false;
    }
    for (int i = prefix.length(); i < name.length() - suffix.length(); i++) {
      if (name.charAt(i) < '0' || name.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** A new folder beside {@code out}, named after it and this process. */
  private static Path tempFolder(Path out) throws IOException {
    Path parent = out.getParent();
    Files.createDirectories(parent);
    removeDeadExports(parent, out.getFileName().toString());
    String stem = "." + out.getFileName() + "." + ProcessHandle.current().pid() + ".";
    for (int n = 0; ; n++) {
      try {
        return Files.createDirectory(parent.resolve(stem + n + ".export.tmp"));
      } catch (FileAlreadyExistsException taken) {
        // a leftover of a killed export with the same pid: take the next name
      }
    }
  }

  /**
   * Deletes the temporary folders that killed exports to the output {@code name} left beside it:
   * {@code .<name>.<pid>.<n>.export.tmp} of a process that is no longer running, holding only shards,
   * the index and scratch files. A folder holding anything else is left alone.
   *
   * @return how many were deleted
   */
  static int removeDeadExports(Path parent, String name) throws IOException {
    String prefix = "." + name + ".";
    String suffix = ".export.tmp";
    int deleted = 0;
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent, path -> {
      String n = path.getFileName().toString();
      return n.startsWith(prefix) && n.endsWith(suffix) && n.length() > prefix.length() + suffix.length();
    })) {
      for (Path folder : folders) {
        String fileName = folder.getFileName().toString();
        String middle = fileName.substring(prefix.length(), fileName.length() - suffix.length());
        int dot = middle.indexOf('.');
        if (dot <= 0 || !digits(middle.substring(0, dot)) || !digits(middle.substring(dot + 1))
            || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        long pid = Long.parseLong(middle.substring(0, dot));
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
          continue; // an export running now, this one or another process's
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> inside = Files.newDirectoryStream(folder)) {
          inside.forEach(files::add);
        }
        boolean ours = files.stream().allMatch(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
            && isExportFile(f.getFileName().toString()));
        if (ours) {
          for (Path file : files) {
            Files.deleteIfExists(file);
          }
          Files.deleteIfExists(folder);
          deleted++;
        }
      }
    }
    return deleted;
  }

  /** Whether an export writes a file named {@code name} into its temporary folder. */
  private static boolean isExportFile(String name) {
    return isShardName(name) || name.equals(INDEX) || name.startsWith(".") && name.endsWith(".tmp");
  }

  private static boolean digits(String text) {
    if (text.isEmpty() || text.length() > 18) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Moves the export in {@code temp} into {@code out}. {@code now} is checked again, as another process
   * may have written into {@code out} since the export started.
   */
  private static void install(Path temp, Path out, Set<String> now, Set<String> before,
      List<ExportResult.Shard> shards) throws IOException {
    boolean fresh = !Files.exists(out, LinkOption.NOFOLLOW_LINKS) || !Files.exists(out.resolve(INDEX),
        LinkOption.NOFOLLOW_LINKS);
    if (fresh) {
      Files.deleteIfExists(out); // empty, as earlierShards checked; a folder written since fails here
      Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Set<String> written = new HashSet<>();
    for (ExportResult.Shard s : shards) {
      Files.move(temp.resolve(s.name()), out.resolve(s.name()), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      written.add(s.name());
    }
    Files.move(temp.resolve(INDEX), out.resolve(INDEX), StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    Set<String> stale = new HashSet<>(now);
    stale.addAll(before);
    for (String name : stale.stream().sorted().toList()) {
      if (!written.contains(name)) {
        Files.deleteIfExists(out.resolve(name));
      }
    }
    Files.delete(temp);
  }

  /** Deletes the temporary folder and the files this export wrote into it. */
  private static void deleteOwn(Path temp) throws IOException {
    if (!Files.isDirectory(temp, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(temp)) {
      for (Path file : files) {
        Files.deleteIfExists(file);
      }
    }
    Files.deleteIfExists(temp);
  }

  /** The documents of the input, in id order, each read when asked. */
  private abstract static class Documents implements AutoCloseable {

    private final List<ManifestEntry> entries;
    private final boolean languages;
    private final boolean crawls;

    Documents(List<ManifestEntry> entries) {
      List<ManifestEntry> sorted = new ArrayList<>(entries);
      sorted.sort(Comparator.comparing(ManifestEntry::id));
      this.entries = sorted;
      this.languages = sorted.stream().anyMatch(e -> e.language() != null);
      this.crawls = sorted.stream().anyMatch(e -> e.url() != null || e.date() != null);
    }

    static Documents open(ExportRequest request) throws IOException {
      Path input = request.input();
      if (!Files.exists(input)) {
        throw new NoSuchFileException(input.toString(), null, "no corpus jar or cleaned folder there");
      }
      if (Files.isRegularFile(input) || Files.isRegularFile(input.resolve(CorpusLayout.INDEX))) {
        return new JarDocuments(CorpusReader.open(input));
      }
      Path manifest = request.manifest() != null ? request.manifest() : input.resolve(CorpusLayout.MANIFEST_TSV);
      if (!Files.isRegularFile(manifest)) {
        throw new InvalidConfigurationException("manifest", input + " is neither a corpus jar nor a cleaned"
            + " folder with a " + CorpusLayout.MANIFEST_TSV + (request.manifest() != null
                ? ", and the manifest " + manifest + " does not exist" : "")
            + "; give the manifest cleaning wrote to the reports folder (target/corpus-reports/manifest.tsv)");
      }
      List<ManifestEntry> entries = new ArrayList<>();
      try (ManifestReader reader = ManifestReader.open(manifest)) {
        for (ManifestEntry e = reader.next(); e != null; e = reader.next()) {
          entries.add(e);
        }
      }
      return new FolderDocuments(input, manifest, entries);
    }

    List<ManifestEntry> entries() {
      return entries;
    }

    boolean languages() {
      return languages;
    }

    boolean crawls() {
      return crawls;
    }

    /** The corpus's {@code groupId:artifactId:version}, or null for a cleaned folder. */
    abstract String corpus();

    abstract Path manifestName();

    /** The document's text, or null after adding to {@code mismatches} why it does not match. */
    abstract String text(ManifestEntry entry, List<DocumentMismatchException.Mismatch> mismatches)
        throws IOException;

    @Override
    public void close() throws IOException {}
  }

  private static final class JarDocuments extends Documents {
    private final CorpusReader reader;

    JarDocuments(CorpusReader reader) {
      super(reader.documents());
      this.reader = reader;
    }

    @Override
    String corpus() {
      return reader.id() + ":" + reader.version();
    }

    @Override
    Path manifestName() {
      return Path.of(CorpusLayout.MANIFEST_TSV);
    }

    @Override
    String text(ManifestEntry entry, List<DocumentMismatchException.Mismatch> mismatches) throws IOException {
      return reader.read(entry.id()).text();
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }

  private static final class FolderDocuments extends Documents {
    private final Path folder;
    private final Path manifest;

    FolderDocuments(Path folder, Path manifest, List<ManifestEntry> entries) {
      super(entries);
      this.folder = folder;
      this.manifest = manifest;
    }

    @Override
    String corpus() {
      return null;
    }

    @Override
    Path manifestName() {
      return manifest;
    }

    @Override
    String text(ManifestEntry entry, List<DocumentMismatchException.Mismatch> mismatches) throws IOException {
      CorpusLayout.requireSafeRelativePath(entry.path(), manifest.toString());
      Path file = folder.resolve(entry.path());
      BasicFileAttributes stat;
      try {
        stat = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        mismatches.add(new DocumentMismatchException.Mismatch(entry.id(), file, "the file is missing"));
        return null;
      }
      if (!stat.isRegularFile()) {
        mismatches.add(new DocumentMismatchException.Mismatch(entry.id(), file,
            (stat.isSymbolicLink() ? "a link" : "not a regular file") + " where cleaning wrote a file"));
        return null;
      }
      byte[] bytes = Files.readAllBytes(file);
      String actual = Sha256.hex(bytes);
      if (!actual.equals(entry.sha256())) {
        mismatches.add(new DocumentMismatchException.Mismatch(entry.id(), file, "sha256 " + actual + " ("
            + bytes.length + " bytes), the manifest says " + entry.sha256() + " (" + entry.bytes() + " bytes)"));
        return null;
      }
      try {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        mismatches.add(new DocumentMismatchException.Mismatch(entry.id(), file, "not UTF-8"));
        return null;
      }
    }
  }

}
