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
 * escapes U+2028 and U+2029 as <code>&#92;u2028</code> and <code>&#92;u2029</code>, which JavaScript
 * before ES2019 takes for line ends inside a string; text without the characters a document escapes is
 * written byte for byte as Jackson writes it.
 */
public final class Json {

  /** What a document escapes beyond what JSON requires; either way it reads back the same. */
  public enum Escaping {

    /** U+2028 and U+2029 only: for reports, whose messages quote POM elements such as {@code <excludes>}. */
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

  /** Jackson's escapes for JSON, plus {@code '<'} if asked, U+2028 and U+2029. */
  private static final class Escapes extends CharacterEscapes {

    private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    private final int[] ascii = standardAsciiEscapesForJSON();

    Escapes(boolean angleBrackets) {
      if (angleBrackets) {
        ascii['<'] = ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == '\u2028' ? LINE_SEPARATOR : ch == '\u2029' ? PARAGRAPH_SEPARATOR : null;
    }
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
