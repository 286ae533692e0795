package dev.corpuskit.describe;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.corpuskit.format.CorpusLayout;
import dev.corpuskit.format.License;
import dev.corpuskit.format.Source;
import dev.corpuskit.io.Json;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes {@code croissant.json}, an MLCommons Croissant 1.0 description: the dataset's required
 * fields, the manifest as a FileObject, the documents as a FileSet, and a RecordSet with an id and a
 * text field per document. Its creators are the POM's organization and developers, and its
 * {@code citeAs} is the stated citation, the same text as the data card's. The documents' language,
 * when stated, is the context's {@code @language} and the dataset's {@code inLanguage}; else the
 * context's language stays {@code en}.
 */
public final class CroissantJson {

  /** What the description conforms to. */
  public static final String CONFORMS_TO = "http://mlcommons.org/croissant/1.0";

  private static final String[][] CONTEXT = {
    {"@language", null}, {"@vocab", "https://schema.org/"}, {"citeAs", "cr:citeAs"},
    {"column", "cr:column"}, {"conformsTo", "dct:conformsTo"}, {"cr", "http://mlcommons.org/croissant/"},
    {"dct", "http://purl.org/dc/terms/"}, {"extract", "cr:extract"}, {"field", "cr:field"},
    {"fileProperty", "cr:fileProperty"}, {"fileObject", "cr:fileObject"}, {"fileSet", "cr:fileSet"},
    {"format", "cr:format"}, {"includes", "cr:includes"}, {"isLiveDataset", "cr:isLiveDataset"},
    {"jsonPath", "cr:jsonPath"}, {"key", "cr:key"}, {"md5", "cr:md5"}, {"parentField", "cr:parentField"},
    {"path", "cr:path"}, {"recordSet", "cr:recordSet"}, {"references", "cr:references"},
    {"regex", "cr:regex"}, {"repeated", "cr:repeated"}, {"replace", "cr:replace"},
    {"sc", "https://schema.org/"}, {"separator", "cr:separator"}, {"source", "cr:source"},
    {"subField", "cr:subField"}, {"transform", "cr:transform"},
  };

  private CroissantJson() {}

  /** The description of {@code corpus}, as UTF-8 bytes. */
  public static byte[] write(CorpusDescription corpus) throws IOException {
    String manifestSha256 = corpus.facts().manifestSha256();
    return Json.toBytes(Json.Escaping.HTML_SCRIPT, json -> {
      json.writeStartObject();
      writeContext(json, corpus.info().language());
      json.writeStringField("@type", "sc:Dataset");
      json.writeStringField("conformsTo", CONFORMS_TO);
      json.writeStringField("name", corpus.info().artifactId());
      json.writeStringField("alternateName", corpus.displayTitle());
      json.writeStringField("description", corpus.oneParagraphDescription() != null
          ? corpus.oneParagraphDescription() : corpus.displayTitle());
      json.writeStringField("version", corpus.info().version());
      List<String> languages = DataPackageJson.languages(corpus);
      if (languages.size() == 1) {
        json.writeStringField("inLanguage", languages.get(0));
      } else if (languages.size() > 1) {
        json.writeArrayFieldStart("inLanguage");
        for (String language : languages) {
          json.writeString(language);
        }
        json.writeEndArray();
      }
      json.writeStringField("datePublished", corpus.created().atOffset(ZoneOffset.UTC).toLocalDate().toString());
      json.writeStringField("url", corpus.info().homepage() != null ? corpus.info().homepage()
          : "urn:maven:" + corpus.info().id() + ":" + corpus.info().version());
      writeLicense(json, corpus);
      writeCreators(json, corpus.details().creators());
      if (corpus.details().citation() != null) {
        json.writeStringField("citeAs", corpus.details().citation());
      }
      writeSources(json, corpus);
      writeDistribution(json, manifestSha256, !corpus.facts().languages().isEmpty(), corpus.facts().crawled());
      writeRecordSet(json);
      json.writeEndObject();
    });
  }

  private static void writeContext(JsonGenerator json, String language) throws IOException {
    json.writeObjectFieldStart("@context");
    for (String[] term : CONTEXT) {
      json.writeStringField(term[0], term[1] != null ? term[1] : language != null ? language : "en");
    }
    json.writeObjectFieldStart("data");
    json.writeStringField("@id", "cr:data");
    json.writeStringField("@type", "@json");
    json.writeEndObject();
    json.writeObjectFieldStart("dataType");
    json.writeStringField("@id", "cr:dataType");
    json.writeStringField("@type", "@vocab");
    json.writeEndObject();
    json.writeEndObject();
  }

  /**
   * The POM's organization and developers as {@code sc:Organization} and {@code sc:Person}; left out
   * when it states none, as the groupId is a namespace, not a creator.
   */
  private static void writeCreators(JsonGenerator json, List<Creator> creators) throws IOException {
    if (creators.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart("creator");
    for (Creator creator : creators) {
      json.writeStartObject();
      json.writeStringField("@type", creator.kind() == Creator.Kind.ORGANIZATION ? "sc:Organization" : "sc:Person");
      json.writeStringField("name", creator.label());
      if (creator.email() != null) {
        json.writeStringField("email", creator.email());
      }
      if (creator.url() != null) {
        json.writeStringField("url", creator.url());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeLicense(JsonGenerator json, CorpusDescription corpus) throws IOException {
    json.writeArrayFieldStart("license");
    for (License license : corpus.info().licenses()) {
      json.writeString(license.url() != null ? license.url() : license.name());
    }
    json.writeEndArray();
  }

  private static void writeSources(JsonGenerator json, CorpusDescription corpus) throws IOException {
    if (corpus.info().sources().isEmpty()) {
      return;
    }
    json.writeArrayFieldStart("isBasedOn");
    for (Source source : corpus.info().sources()) {
      json.writeStartObject();
      json.writeStringField("@type", "sc:CreativeWork");
      json.writeStringField("name", source.title() != null ? source.title() : source.url());
      if (source.url() != null) {
        json.writeStringField("url", source.url());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeDistribution(JsonGenerator json, String manifestSha256, boolean languages,
      boolean crawled) throws IOException {
    json.writeArrayFieldStart("distribution");
    json.writeStartObject();
    json.writeStringField("@type", "cr:FileObject");
    json.writeStringField("@id", CorpusLayout.MANIFEST_TSV);
    json.writeStringField("name", CorpusLayout.MANIFEST_TSV);
    json.writeStringField("description", "One line per document: id, path, bytes, words, sha256, source_sha256"
        + (languages ? ", language, language_score" : "") + (crawled ? ", url, date." : "."));
    json.writeStringField("contentUrl", CorpusLayout.MANIFEST_TSV);
    json.writeStringField("encodingFormat", "text/tab-separated-values");
    json.writeStringField("sha256", manifestSha256);
    json.writeEndObject();
    json.writeStartObject();
    json.writeStringField("@type", "cr:FileSet");
    json.writeStringField("@id", "documents");
    json.writeStringField("name", "documents");
    json.writeStringField("description", "The cleaned documents: UTF-8, LF line ends, one final newline.");
    json.writeStringField("encodingFormat", "text/plain");
    json.writeStringField("includes", CorpusLayout.DATA + "**/*.txt");
    json.writeEndObject();
    json.writeEndArray();
  }

  private static void writeRecordSet(JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("recordSet");
    json.writeStartObject();
    json.writeStringField("@type", "cr:RecordSet");
    json.writeStringField("@id", "records");
    json.writeStringField("name", "records");
    json.writeStringField("description", "One record per document.");
    json.writeObjectFieldStart("key");
    json.writeStringField("@id", "records/id");
    json.writeEndObject();
    json.writeArrayFieldStart("field");
    // The full path, not the file name: a/one.txt and b/one.txt are different documents.
    writeField(json, "id", "The document's path in the corpus.", "fullpath");
    writeField(json, "text", "The document's cleaned text.", "content");
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
  }

  private static void writeField(JsonGenerator json, String name, String description, String fileProperty)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("@type", "cr:Field");
    json.writeStringField("@id", "records/" + name);
    json.writeStringField("name", name);
    json.writeStringField("description", description);
    json.writeStringField("dataType", "sc:Text");
    json.writeObjectFieldStart("source");
    json.writeObjectFieldStart("fileSet");
    json.writeStringField("@id", "documents");
    json.writeEndObject();
    json.writeObjectFieldStart("extract");
    json.writeStringField("fileProperty", fileProperty);
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
  }
}
