package dev.corpuskit.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.corpuskit.format.Sha256;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A JSONL file ({@code .jsonl} or {@code .jsonl.gz}): each line a JSON object, one document, whose text
 * is its {@value #TEXT} field and whose name is its {@value #ID} field (a string or a number) made safe
 * as a file name (letters, digits, {@code .}, {@code _} and {@code -} kept, anything else {@code _}; at
 * most 100 characters; {@code -2}, {@code -3}... for a name already taken, in line order), or
 * {@code line-<n>} without one. Its other fields of a single value (string, number, boolean) are its
 * metadata. Blank lines are skipped; a line that is not such an object, or has no text, is a member
 * whose read fails naming the file and the line, and the other lines go on.
 */
final class JsonlFile {

  /** The field that holds a line's text. */
  static final String TEXT = "text";
  /** The field that holds a line's id. */
  static final String ID = "id";

  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** The decompressed bytes of the JSONL file read last, that its members' reads do not decompress it again. */
  private static SoftReference<Decompressed> last = new SoftReference<>(null);

  private record Decompressed(Path file, long size, long mtime, byte[] bytes) {}

  private JsonlFile() {}

  static Archives.Index index(Path file, String relativePath) throws IOException {
    byte[] bytes = bytes(file, relativePath);
    List<Archives.Member> members = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    int skipped = 0;
    long line = 0;
    for (int start = 0; start < bytes.length;) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      line++;
      int length = end - start;
      if (isBlank(bytes, start, end)) {
        skipped++;
      } else {
        String name;
        String failure = null;
        Map<String, String> metadata = Map.of();
        try {
          Line parsed = parse(bytes, start, length);
          if (parsed.text() == null) {
            throw new IOException("no string field \"" + TEXT + "\"");
          }
          name = Archives.unique(taken, parsed.id() == null ? "line-" + line : safe(parsed.id()), "txt");
          metadata = parsed.metadata();
        } catch (IOException e) {
          name = Archives.unique(taken, "line-" + line, "txt");
          failure = relativePath + ": line " + line + ": not a JSON object with a string field \"" + TEXT + "\" ("
              + e.getMessage().lines().findFirst().orElse("") + "); the other lines are read; correct the line, or"
              + " leave the file out with the excludes setting";
        }
        members.add(new Archives.Member(name, start, line, length, failure, metadata));
      }
      start = end + 1;
    }
    return new Archives.Index(members, skipped);
  }

  static SourceContent read(Path file, String relativePath, Archives.Member member) throws IOException {
    byte[] bytes = bytes(file, relativePath);
    if (member.offset() + member.size() > bytes.length) {
      throw new UnreadableSourceException(relativePath + " changed while the corpus was read; run the build again");
    }
    Line parsed = parse(bytes, (int) member.offset(), (int) member.size());
    byte[] text = parsed.text().getBytes(StandardCharsets.UTF_8);
    return new SourceContent(text, text.length, Sha256.digest().digest(text), StandardCharsets.UTF_8);
  }

  private record Line(String text, String id, Map<String, String> metadata) {}

  private static Line parse(byte[] bytes, int offset, int length) throws IOException {
    String text = null;
    String id = null;
    Map<String, String> metadata = new TreeMap<>();
    try (JsonParser json = JSON.createParser(bytes, offset, length)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object");
      }
      for (JsonToken token = json.nextToken(); token == JsonToken.FIELD_NAME; token = json.nextToken()) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
          json.skipChildren();
          continue;
        }
        String scalar = value == JsonToken.VALUE_NULL ? null : json.getText();
        if (field.equals(TEXT)) {
          text = value == JsonToken.VALUE_STRING ? scalar : null;
        } else if (field.equals(ID)) {
          id = scalar;
        } else if (scalar != null) {
          metadata.put(field, scalar);
        }
      }
      if (json.nextToken() != null) {
        throw new IOException("more after the object");
      }
    }
    return new Line(text, id == null || id.isEmpty() ? null : id, Map.copyOf(metadata));
  }

  /** {@code id} as a file name (see the type's comment). */
  private static String safe(String id) {
    StringBuilder safe = new StringBuilder(Math.min(id.length(), 100));
    for (int i = 0; i < id.length() && safe.length() < 100; i++) {
      char c = id.charAt(i);
      safe.append(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
          || c == '.' && safe.length() > 0 ? c : '_');
    }
    return safe.toString();
  }

  private static boolean isBlank(byte[] bytes, int start, int end) {
    for (int i = start; i < end; i++) {
      if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The file's bytes, decompressed when it ends in {@code .gz}. */
  private static byte[] bytes(Path file, String relativePath) throws IOException {
    if (!Archives.Kind.compressed(relativePath)) {
      return Files.readAllBytes(file);
    }
    var stat = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
    synchronized (JsonlFile.class) {
      Decompressed cached = last.get();
      if (cached != null && cached.file().equals(file) && cached.size() == stat.size()
          && cached.mtime() == stat.lastModifiedTime().toMillis()) {
        return cached.bytes();
      }
      byte[] bytes = Gzip.decompress(Files.readAllBytes(file), relativePath);
      last = new SoftReference<>(new Decompressed(file, stat.size(), stat.lastModifiedTime().toMillis(), bytes));
      return bytes;
    }
  }
}
