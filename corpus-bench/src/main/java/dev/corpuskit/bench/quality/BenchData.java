package dev.corpuskit.bench.quality;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Reads a news-extraction folder: {@code ground-truth.json}, {@code html/<id>.html.gz} and
 * {@code text/<id>.txt}. Pages are sorted by id.
 */
public final class BenchData {

  private BenchData() {}

  /** The pages of {@code folder} that have gold, HTML and text. */
  public static List<Page> load(Path folder) throws IOException {
    Map<String, String[]> gold = gold(folder.resolve("ground-truth.json"));
    List<Page> pages = new ArrayList<>();
    for (Map.Entry<String, String[]> entry : gold.entrySet()) {
      String id = entry.getKey();
      Path html = folder.resolve("html").resolve(id + ".html.gz");
      Path text = folder.resolve("text").resolve(id + ".txt");
      if (Files.exists(html) && Files.exists(text)) {
        pages.add(new Page(id, entry.getValue()[1], gunzip(html), Files.readString(text, StandardCharsets.UTF_8),
            entry.getValue()[0]));
      }
    }
    return pages;
  }

  /** Id to {article body, url}, every id of the gold file. */
  static Map<String, String[]> gold(Path file) throws IOException {
    Map<String, String[]> gold = new TreeMap<>();
    try (JsonParser json = new JsonFactory().createParser(file.toFile())) {
      expect(json.nextToken(), JsonToken.START_OBJECT);
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String id = json.currentName();
        expect(json.nextToken(), JsonToken.START_OBJECT);
        String body = "";
        String url = "";
        while (json.nextToken() == JsonToken.FIELD_NAME) {
          String field = json.currentName();
          JsonToken value = json.nextToken();
          if (value.isStructStart()) {
            json.skipChildren();
          } else if (field.equals("articleBody")) {
            body = value == JsonToken.VALUE_NULL ? "" : json.getText();
          } else if (field.equals("url")) {
            url = value == JsonToken.VALUE_NULL ? "" : json.getText();
          }
        }
        gold.put(id, new String[] {body, url});
      }
    }
    return gold;
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new IOException("ground truth: expected " + expected + ", found " + actual);
    }
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
