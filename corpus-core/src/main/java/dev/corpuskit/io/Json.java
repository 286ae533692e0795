package dev.corpuskit.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes pretty-printed JSON with LF line ends, whatever the platform, atomically. Every document
 * escapes the characters a reader cannot see as <code>&#92;uXXXX</code>: format characters (Unicode
 * Cf: U+200B, U+FEFF, U+00AD...), space separators other than U+0020 (Zs: U+00A0, U+2009...), the line
 * and paragraph separators U+2028 and U+2029 (which JavaScript before ES2019 also takes for line ends
 * inside a string) and the control characters other than tab and line feed (Cc, which JSON escapes
 * below U+0020 anyway). A report that quotes <code>"a&#92;u00A0b"</code> then shows the no-break space a step
 * replaced instead of what looks like a plain one; a parser reads the same string back. Text without
 * these characters is written byte for byte as Jackson writes it.
 */
public final class Json {

  /** What a document escapes beyond what JSON requires; either way it reads back the same. */
  public enum Escaping {

    /**
     * The invisible characters only: for reports, whose messages quote POM elements such as
     * {@code <excludes>}.
     */
    LINE_SEPARATORS(false),

    /**
     * Also every {@code '<'}, as <code>&#92;u003C</code>: for descriptors meant to be put as they are
     * inside an HTML {@code <script>} element, as Croissant is, where a {@code </script>} or
     * {@code <!--} in a title would end or alter the element.
     */
    HTML_SCRIPT(true);

    private final JsonFactory factory;

    Escaping(boolean angleBrackets) {
      factory = new JsonFactoryBuilder().characterEscapes(new Escapes(angleBrackets)).build();
    }
  }

  /** Jackson's escapes for JSON, plus {@code '<'} if asked, and every {@link #isInvisible invisible} character. */
  private static final class Escapes extends CharacterEscapes {

    /** The escapes of the invisible characters below U+3000, made once; others are made as met. */
    private static final SerializableString[] COMMON = new SerializableString[0x3001];

    static {
      for (int c = 0x80; c < COMMON.length; c++) {
        if (isInvisible(c)) {
          COMMON[c] = escape(c);
        }
      }
    }

    private final int[] ascii = standardAsciiEscapesForJSON();

    Escapes(boolean angleBrackets) {
      if (angleBrackets) {
        ascii['<'] = ESCAPE_STANDARD;
      }
      ascii[0x7F] = ESCAPE_STANDARD; // DEL, the one control character JSON leaves raw
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch < COMMON.length) {
        return COMMON[ch];
      }
      return isInvisible(ch) ? escape(ch) : null;
    }

    private static SerializableString escape(int ch) {
      return new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04X", ch));
    }
  }

  /**
   * Whether a person reading the document cannot see {@code ch}: a format character (Cf), a space
   * other than U+0020 (Zs), a line or paragraph separator (Zl, Zp), or a control character (Cc) other
   * than tab and line feed.
   */
  public static boolean isInvisible(int ch) {
    return switch (Character.getType(ch)) {
      case Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
      case Character.SPACE_SEPARATOR -> ch != ' ';
      case Character.CONTROL -> ch != '\t' && ch != '\n';
      default -> false;
    };
  }

  private Json() {}

  /** Builds one JSON document. */
  public interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  /** Writes the document built by {@code body} to {@code target}, atomically. */
  public static void write(Path target, Body body) throws IOException {
    AtomicFiles.write(target, out -> write(out, body));
  }

  /** The document built by {@code body}, as UTF-8 bytes. */
  public static byte[] toBytes(Body body) throws IOException {
    return toBytes(Escaping.LINE_SEPARATORS, body);
  }

  /** The document built by {@code body}, as UTF-8 bytes escaped as {@code escaping} says. */
  public static byte[] toBytes(Escaping escaping, Body body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, escaping, body);
    return out.toByteArray();
  }

  /** Writes the document built by {@code body} to {@code out}, which stays open. */
  public static void write(OutputStream out, Body body) throws IOException {
    write(out, Escaping.LINE_SEPARATORS, body);
  }

  /** Writes the document built by {@code body} to {@code out}, which stays open, escaped as {@code escaping} says. */
  public static void write(OutputStream out, Escaping escaping, Body body) throws IOException {
    try (JsonGenerator json = open(out, escaping).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      body.write(json);
      json.writeRaw('\n');
    }
  }

  /**
   * A pretty-printing generator on {@code out}, for documents written piece by piece; end the
   * document with {@code writeRaw('\n')} before closing it, as {@link #write} does.
   */
  public static JsonGenerator open(OutputStream out) throws IOException {
    return open(out, Escaping.LINE_SEPARATORS);
  }

  /**
   * A generator on {@code out} for JSON Lines: each root value on one line, without spaces, escaped as
   * every document is; end the last line with {@code writeRaw('\n')} before closing it.
   */
  public static JsonGenerator openLines(OutputStream out) throws IOException {
    JsonGenerator json = Escaping.LINE_SEPARATORS.factory.createGenerator(out);
    json.setPrettyPrinter(new com.fasterxml.jackson.core.util.MinimalPrettyPrinter("\n"));
    return json;
  }

  private static JsonGenerator open(OutputStream out, Escaping escaping) throws IOException {
    JsonGenerator json = escaping.factory.createGenerator(out);
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
    json.setPrettyPrinter(new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter).withArrayIndenter(indenter));
    return json;
  }
}
