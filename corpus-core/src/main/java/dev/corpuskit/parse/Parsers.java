package dev.corpuskit.parse;

import dev.corpuskit.lang.Language;
import dev.corpuskit.source.SourceFile;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** Chooses a parser by file extension. */
public final class Parsers {

  private static final Parser TEXT = new PlainTextParser();
  private static final Parser HTML = new HtmlParser();
  private static final Map<String, Parser> BY_EXTENSION = Map.of("txt", TEXT, "html", HTML, "htm", HTML);
  /** The HTML parser of each language, by code: made once. */
  private static final Map<String, Parser> HTML_BY_LANGUAGE = new ConcurrentHashMap<>();

  private Parsers() {}

  /** The parser for {@code source}, English for HTML, or empty when its extension is not supported. */
  public static Optional<Parser> forFile(SourceFile source) {
    return Optional.ofNullable(BY_EXTENSION.get(source.extension()));
  }

  /**
   * The parser for {@code source}, or empty when its extension is not supported; an HTML page's main
   * text is judged in {@code language}.
   */
  public static Optional<Parser> forFile(SourceFile source, Language language) {
    Parser parser = BY_EXTENSION.get(source.extension());
    if (parser != HTML || language.code().equals(Language.ENGLISH)) {
      return Optional.ofNullable(parser);
    }
    return Optional.of(HTML_BY_LANGUAGE.computeIfAbsent(language.code(), code -> new HtmlParser(language)));
  }

  /** The supported extensions, sorted, without dots. */
  public static Set<String> extensions() {
    return new TreeSet<>(BY_EXTENSION.keySet());
  }
}
