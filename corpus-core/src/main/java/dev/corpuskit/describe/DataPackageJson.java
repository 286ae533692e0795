package dev.corpuskit.describe;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.corpuskit.format.CorpusLayout;
import dev.corpuskit.format.License;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.format.ManifestReader;
import dev.corpuskit.format.Source;
import dev.corpuskit.io.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes {@code datapackage.json}, a Frictionless Data Package 2.0 descriptor: the package's name,
 * version, licences, contributors (the POM's organization and developers) and sources, and one
 * resource per document with its path, size and SHA-256. A corpus without documents lists its
 * {@code manifest.tsv} instead, as the standard requires a resource.
 * The documents' language, when stated, is the one entry of {@code languages} (the Frictionless
 * language-support pattern: BCP 47 tags, the first the default).
 */
public final class DataPackageJson {

  /** The profile the descriptor declares. */
  public static final String PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

  /** What the standard allows in a name. */
  private static final Pattern NAME_CHARS = Pattern.compile("[^a-z0-9._-]+");
  /** What the standard allows in a licence name (an Open Definition or SPDX id). */
  private static final Pattern LICENSE_ID = Pattern.compile("[-a-zA-Z0-9._]+");

  private DataPackageJson() {}

  /** The descriptor of {@code corpus}, as UTF-8 bytes. */
  public static byte[] write(CorpusDescription corpus) throws IOException {
    return Json.toBytes(Json.Escaping.HTML_SCRIPT, json -> write(json, corpus));
  }

  /** Writes the descriptor of {@code corpus} to {@code out}, reading its manifest row by row. */
  public static void write(CorpusDescription corpus, OutputStream out) throws IOException {
    Json.write(out, Json.Escaping.HTML_SCRIPT, json -> write(json, corpus));
  }

  private static void write(JsonGenerator json, CorpusDescription corpus) throws IOException {
    json.writeStartObject();
    json.writeStringField("$schema", PROFILE);
    json.writeStringField("name", name(corpus.info().artifactId()));
    json.writeStringField("id", "maven:" + corpus.info().id() + ":" + corpus.info().version());
    json.writeStringField("title", corpus.displayTitle());
    writeIfSet(json, "description", corpus.oneParagraphDescription());
    writeIfSet(json, "homepage", corpus.info().homepage());
    json.writeStringField("version", corpus.info().version());
    json.writeStringField("created", corpus.created().toString());
    List<String> languages = languages(corpus);
    if (!languages.isEmpty()) {
      json.writeArrayFieldStart("languages");
      for (String language : languages) {
        json.writeString(language);
      }
      json.writeEndArray();
    }
    writeLanguageBreakdown(json, corpus.facts());
    writeLicenses(json, corpus);
    writeContributors(json, corpus);
    writeSources(json, corpus);
    writeResources(json, corpus);
    json.writeEndObject();
  }

  /**
   * The corpus's languages: the documents' identified languages, the most documents first, when the
   * manifest states them; else the configured {@code <language>} when set; else none.
   */
  static List<String> languages(CorpusDescription corpus) {
    if (!corpus.facts().languages().isEmpty()) {
      return corpus.facts().languagesByDocuments();
    }
    return corpus.info().language() == null ? List.of() : List.of(corpus.info().language());
  }

  /**
   * How many documents are in each identified language ({@code languageBreakdown}, a property of this
   * tool's: the standard allows others), when the manifest states languages.
   */
  private static void writeLanguageBreakdown(JsonGenerator json, ManifestFacts facts) throws IOException {
    if (facts.languages().isEmpty()) {
      return;
    }
    json.writeArrayFieldStart("languageBreakdown");
    for (String language : facts.languagesByDocuments()) {
      json.writeStartObject();
      json.writeStringField("language", language);
      json.writeNumberField("documents", facts.languages().get(language));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** A name of only lower-case letters, digits, '.', '_' and '-'. */
  static String name(String raw) {
    String name = NAME_CHARS.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll("-");
    return name.isEmpty() ? "document" : name;
  }

  private static void writeLicenses(JsonGenerator json, CorpusDescription corpus) throws IOException {
    if (corpus.info().licenses().isEmpty()) {
      return;
    }
    json.writeArrayFieldStart("licenses");
    for (License license : corpus.info().licenses()) {
      json.writeStartObject();
      if (license.name() != null && LICENSE_ID.matcher(license.name()).matches()) {
        json.writeStringField("name", license.name());
      } else if (license.name() != null) {
        // The standard's name is an id; a free-form name becomes the title and an id is derived.
        json.writeStringField("name", licenseId(license.name()));
        json.writeStringField("title", license.name());
      }
      writeIfSet(json, "path", license.url());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /**
   * The POM's organization and developers, as the creators of the package; a homepage is the path
   * only when it is an http(s) URL, which is all the standard's path takes besides a file path.
   */
  private static void writeContributors(JsonGenerator json, CorpusDescription corpus) throws IOException {
    if (corpus.details().creators().isEmpty()) {
      return;
    }
    json.writeArrayFieldStart("contributors");
    for (Creator creator : corpus.details().creators()) {
      json.writeStartObject();
      json.writeStringField("title", creator.label());
      writeIfSet(json, "email", creator.email());
      if (creator.url() != null && Markdown.webUrl(creator.url()) != null) {
        json.writeStringField("path", creator.url());
      }
      json.writeArrayFieldStart("roles");
      json.writeString("creator");
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** An id for a free-form licence name: runs of other characters become '-'. */
  static String licenseId(String name) {
    String id = name.replaceAll("[^-a-zA-Z0-9._]+", "-").replaceAll("^-+|-+$", "");
    return id.isEmpty() ? "other" : id;
  }

  private static void writeSources(JsonGenerator json, CorpusDescription corpus) throws IOException {
    if (corpus.info().sources().isEmpty()) {
      return;
    }
    json.writeArrayFieldStart("sources");
    for (Source source : corpus.info().sources()) {
      json.writeStartObject();
      json.writeStringField("title", source.title() != null ? source.title() : source.url());
      writeIfSet(json, "path", source.url());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeResources(JsonGenerator json, CorpusDescription corpus) throws IOException {
    NameSet names = new NameSet();
    json.writeArrayFieldStart("resources");
    try (ManifestReader reader = corpus.manifest().open()) {
      for (ManifestEntry entry = reader.next(); entry != null; entry = reader.next()) {
        writeResource(json, entry, names);
      }
    }
    if (corpus.facts().documents() == 0) {
      // The standard requires at least one resource; a corpus without documents still has its manifest.
      json.writeStartObject();
      json.writeStringField("name", "manifest");
      json.writeStringField("path", CorpusLayout.MANIFEST_TSV);
      json.writeStringField("format", "tsv");
      json.writeStringField("mediatype", "text/tab-separated-values");
      json.writeStringField("encoding", "utf-8");
      json.writeNumberField("bytes", corpus.facts().manifestBytes());
      json.writeStringField("hash", "sha256:" + corpus.facts().manifestSha256());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** One document's resource, named after its id; a name taken already gets a suffix -2, -3, and so on. */
  private static void writeResource(JsonGenerator json, ManifestEntry entry, NameSet names) throws IOException {
    String base = name(entry.id());
    String name = base;
    for (int i = 2; !names.add(name); i++) {
      name = base + "-" + i;
    }
    json.writeStartObject();
    json.writeStringField("name", name);
    json.writeStringField("path", CorpusLayout.DATA + entry.path());
    json.writeStringField("format", "txt");
    json.writeStringField("mediatype", "text/plain");
    json.writeStringField("encoding", "utf-8");
    json.writeNumberField("bytes", entry.bytes());
    json.writeStringField("hash", "sha256:" + entry.sha256());
    json.writeEndObject();
  }

  private static void writeIfSet(JsonGenerator json, String field, String value) throws IOException {
    if (value != null) {
      json.writeStringField(field, value);
    }
  }
}
