package dev.corpuskit.source;

import dev.corpuskit.format.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A WARC archive ({@code .warc} or {@code .warc.gz}, read with jwarc): each {@code response} record of
 * HTTP status 200 whose {@code Content-Type} is {@code text/html} or {@code text/plain} is a document;
 * every other record is skipped and counted.
 *
 * <p>A document's name is {@code <host>-<date>-<hash>.<html|txt>}: the target URL's host in lower case
 * (letters, digits, dots and hyphens; anything else becomes {@code _}; at most 63 characters;
 * {@code no-host} when there is none), the record's {@code WARC-Date} as {@code yyyyMMddHHmmss} in UTC,
 * and the first 12 hex digits of the SHA-256 of the target URL as written in the record. A second record
 * of the same URL and second gets {@code -2}, a third {@code -3}, in the archive's order. The name
 * depends on the record alone, so it is stable across runs, safe as a file name everywhere, and unique
 * within the archive.
 *
 * <p>A record that cannot be read (truncated, corrupt gzip, a bad header) is a member whose read fails
 * with a message naming the archive and the record's byte offset: it becomes an {@code unreadable}
 * finding, and the records before it documents. The index stops there: a broken stream cannot be
 * trusted past the break.
 */
final class WarcArchive {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private WarcArchive() {}

  static Archives.Index index(Path file, String relativePath) throws IOException {
    List<Archives.Member> members = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    int skipped = 0;
    long last = -1;
    try (FileChannel channel = FileChannel.open(file)) {
      WarcReader reader;
      try {
        reader = new WarcReader(channel);
      } catch (IOException | RuntimeException e) {
        members.add(failed("invalid-at-0.txt", relativePath, 0, "not a WARC archive: no record at", e));
        return new Archives.Index(members, skipped);
      }
      try (reader) {
        while (true) {
          WarcRecord record;
          try {
            Optional<WarcRecord> next = reader.next();
            if (next.isEmpty()) {
              break;
            }
            record = next.get();
          } catch (IOException | RuntimeException e) {
            long at = Math.max(last, 0);
            members.add(failed("invalid-after-" + at + ".txt", relativePath, at,
                last < 0 ? "damaged WARC record" : "damaged WARC record at or after", e));
            break;
          }
          last = record.position();
          if (!(record instanceof WarcResponse response)) {
            skipped++;
            continue;
          }
          String name = null;
          try {
            String target = response.target();
            Instant date = response.date();
            HttpResponse http = response.http();
            String extension = extension(http);
            if (http.status() != 200 || extension == null) {
              skipped++;
              continue;
            }
            name = Archives.unique(taken, name(target, date), extension);
            long size = drain(http.bodyDecoded());
            MessageBody block = response.body();
            block.consume(); // the rest of the block after the HTTP body, to its Content-Length or the break
            if (block.position() < block.size()) {
              throw new java.io.EOFException("the record ends " + (block.size() - block.position())
                  + " bytes short of its Content-Length");
            }
            Map<String, String> metadata = new LinkedHashMap<>();
            metadata.put("url", target);
            metadata.put("date", date.toString());
            members.add(new Archives.Member(name, last, 0, size, null, Map.copyOf(metadata)));
          } catch (IOException | RuntimeException e) {
            members.add(failed(name == null ? "invalid-at-" + last + ".txt" : name, relativePath, last,
                "damaged WARC record at", e));
            break;
          }
        }
      }
    }
    return new Archives.Index(members, skipped);
  }

  /** The document of {@code member}: its record's HTTP payload, decoded from its transfer and content encodings. */
  static SourceContent read(Path file, String relativePath, Archives.Member member) throws IOException {
    try (FileChannel channel = FileChannel.open(file); WarcReader reader = new WarcReader(channel)) {
      reader.position(member.offset());
      WarcRecord record = reader.next().orElseThrow(() -> new java.io.EOFException("no record there"));
      HttpResponse http = ((WarcResponse) record).http();
      byte[] bytes = readAll(http.bodyDecoded().stream(), relativePath, member.offset());
      return new SourceContent(bytes, bytes.length, Sha256.digest().digest(bytes), charset(http));
    } catch (UnreadableSourceException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new UnreadableSourceException(message(relativePath, member.offset(), "damaged WARC record at", e), e);
    }
  }

  /** {@code html} or {@code txt} for a page or a text, else null: the record is no document. */
  private static String extension(HttpResponse http) {
    MediaType type;
    try {
      type = http.contentType().base();
    } catch (RuntimeException noType) {
      return null;
    }
    String base = type.toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") ? "html" : base.equals("text/plain") ? "txt" : null;
  }

  /** The charset the HTTP header declares, or null when it declares none the JDK knows. */
  private static Charset charset(HttpResponse http) {
    try {
      String name = http.contentType().parameters().get("charset");
      return name == null ? null : Charset.forName(name.strip().replace("\"", ""));
    } catch (RuntimeException unknown) {
      return null;
    }
  }

  /** The member name of the record of {@code target} at {@code date}, without extension. */
  static String name(String target, Instant date) {
    return host(target) + "-" + DATE.format(date) + "-"
        + Sha256.hex(target.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
  }

  /** The host of {@code url} as the name gives it (see the type's comment). */
  private static String host(String url) {
    int start = url.indexOf("://");
    start = start < 0 ? 0 : start + 3;
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String authority = url.substring(start, end);
    authority = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = authority.startsWith("[") ? authority.indexOf("]:") + 1 : authority.lastIndexOf(':');
    String host = (colon > 0 ? authority.substring(0, colon) : authority).toLowerCase(Locale.ROOT);
    StringBuilder safe = new StringBuilder(host.length());
    for (int i = 0; i < host.length() && safe.length() < 63; i++) {
      char c = host.charAt(i);
      safe.append(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-' ? c : '_');
    }
    while (safe.length() > 0 && safe.charAt(0) == '.') {
      safe.deleteCharAt(0);
    }
    return safe.length() == 0 ? "no-host" : safe.toString();
  }

  private static long drain(MessageBody body) throws IOException {
    long size = 0;
    try (InputStream in = body.stream()) {
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        size += n;
      }
    }
    return size;
  }

  private static byte[] readAll(InputStream in, String relativePath, long offset) throws IOException {
    long limit = Gzip.limit();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
      if (out.size() > limit) {
        throw new UnreadableSourceException(relativePath + ": the record at byte " + offset + " holds more than "
            + limit + " bytes, more than this JVM can read safely; give the build more memory");
      }
    }
    return out.toByteArray();
  }

  private static Archives.Member failed(String name, String relativePath, long offset, String what, Throwable e) {
    return new Archives.Member(name, offset, 0, 0, message(relativePath, offset, what, e), Map.of());
  }

  private static String message(String relativePath, long offset, String what, Throwable e) {
    return relativePath + ": " + what + " byte " + offset + " (" + e.getClass().getSimpleName() + ": "
        + e.getMessage() + "); the records before it are read; restore the archive from its origin, or leave it"
        + " out with the excludes setting";
  }
}
