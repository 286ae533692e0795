package dev.corpuskit.bench.quality;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import org.jsoup.Jsoup;

/** Decodes page bytes for the extractors that take a string, with jsoup's charset detection. */
final class Html {

  private Html() {}

  static String decode(byte[] bytes) {
    try {
      Charset charset = Jsoup.parse(new ByteArrayInputStream(bytes), null, "").charset();
      return new String(bytes, charset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
