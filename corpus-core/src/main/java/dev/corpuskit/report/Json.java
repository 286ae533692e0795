package dev.corpuskit.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.corpuskit.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/** Writes pretty-printed JSON with LF line ends, whatever the platform, atomically. */
final class Json {

  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  /** Writes one JSON document, built by {@code body}, to {@code target}. */
  interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  static void write(Path target, Body body) throws IOException {
    AtomicFiles.write(target, out -> {
      try (JsonGenerator json = FACTORY.createGenerator(out)) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        json.setPrettyPrinter(new DefaultPrettyPrinter()
            .withObjectIndenter(indenter).withArrayIndenter(indenter));
        body.write(json);
        json.writeRaw('\n');
      }
    });
  }
}
