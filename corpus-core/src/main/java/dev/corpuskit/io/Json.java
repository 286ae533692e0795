package dev.corpuskit.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Writes pretty-printed JSON with LF line ends, whatever the platform, atomically. */
public final class Json {

  private static final JsonFactory FACTORY = new JsonFactory();

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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, body);
    return out.toByteArray();
  }

  /** Writes the document built by {@code body} to {@code out}, which stays open. */
  public static void write(OutputStream out, Body body) throws IOException {
    try (JsonGenerator json = open(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      body.write(json);
      json.writeRaw('\n');
    }
  }

  /**
   * A pretty-printing generator on {@code out}, for documents written piece by piece; end the
   * document with {@code writeRaw('\n')} before closing it, as {@link #write} does.
   */
  public static JsonGenerator open(OutputStream out) throws IOException {
    JsonGenerator json = FACTORY.createGenerator(out);
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
    json.setPrettyPrinter(new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter).withArrayIndenter(indenter));
    return json;
  }
}
