package dev.corpuskit.parse;

import dev.corpuskit.source.SourceFile;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Chooses a parser by file extension. */
public final class Parsers {

  private static final Parser TEXT = new PlainTextParser();
  private static final Parser HTML = new HtmlParser();
  private static final Map<String, Parser> BY_EXTENSION = Map.of("txt", TEXT, "html", HTML, "htm", HTML);

  private Parsers() {}

  /** The parser for {@code source}, or empty when its extension is not supported. */
  public static Optional<Parser> forFile(SourceFile source) {
    return Optional.ofNullable(BY_EXTENSION.get(source.extension()));
  }

  /** The supported extensions, sorted, without dots. */
  public static Set<String> extensions() {
    return new TreeSet<>(BY_EXTENSION.keySet());
  }
}
