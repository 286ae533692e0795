package dev.corpuskit.format;

import java.util.Objects;

/**
 * One document of a packaged corpus, as listed in {@code manifest.tsv}.
 *
 * @param id the document id: the source path relative to the corpus root, without extension
 * @param path the cleaned document's path relative to the data folder, for example {@code a/001.txt}
 * @param bytes size of the cleaned document
 * @param words word count of the cleaned document
 * @param sha256 SHA-256 (hex) of the cleaned bytes
 * @param sourceSha256 SHA-256 (hex) of the source bytes, for provenance
 * @param language the document's identified language (ISO 639-1, or ISO 639-3 for a language without
 *     a two-letter code), or null when it was not identified (the {@code language} rule was off)
 * @param languageScore the identifier's score for it, from 0 to 1 in four decimals as the manifest
 *     writes it ({@code 0.9731}), or null with no language
 * @param url the URL the document was crawled from (a WARC record's {@code WARC-Target-URI}), or null
 *     when it did not come from a crawl
 * @param date when it was crawled (the record's {@code WARC-Date}, ISO-8601 in UTC such as
 *     {@code 2019-03-23T10:15:30Z}), or null when it did not come from a crawl
 */
public record ManifestEntry(String id, String path, long bytes, int words, String sha256, String sourceSha256,
    String language, String languageScore, String url, String date) {

  /** A document whose language was not identified. */
  public ManifestEntry(String id, String path, long bytes, int words, String sha256, String sourceSha256) {
    this(id, path, bytes, words, sha256, sourceSha256, null, null);
  }

  /** A document that did not come from a crawl. */
  public ManifestEntry(String id, String path, long bytes, int words, String sha256, String sourceSha256,
      String language, String languageScore) {
    this(id, path, bytes, words, sha256, sourceSha256, language, languageScore, null, null);
  }

  /** This document crawled from {@code url} at {@code date} (either may be null). */
  public ManifestEntry withCrawl(String url, String date) {
    return new ManifestEntry(id, path, bytes, words, sha256, sourceSha256, language, languageScore, url, date);
  }

  public ManifestEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(sourceSha256, "sourceSha256");
    for (String field : new String[] {id, path}) {
      if (field.indexOf('\t') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("tab or line break in a document path: " + field);
      }
    }
    for (String field : new String[] {url, date}) {
      if (field != null && (field.isEmpty() || field.indexOf('\t') >= 0 || field.indexOf('\n') >= 0
          || field.indexOf('\r') >= 0)) {
        throw new IllegalArgumentException("an empty url or date, or a tab or line break in one: " + field);
      }
    }
    if ((language == null) != (languageScore == null)) {
      throw new IllegalArgumentException("a language needs its score, and a score its language");
    }
    if (language != null && !isCode(language)) {
      throw new IllegalArgumentException("language '" + language + "' is not an ISO 639 code such as en or ceb");
    }
    if (languageScore != null && !isScore(languageScore)) {
      throw new IllegalArgumentException("language_score '" + languageScore + "' is not a score such as 0.9731");
    }
  }

  /** Whether {@code code} is two or three lower-case ASCII letters, as ISO 639 codes are. */
  private static boolean isCode(String code) {
    if (code.length() < 2 || code.length() > 3) {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      if (code.charAt(i) < 'a' || code.charAt(i) > 'z') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code score} is a score from 0 to 1 in four decimals: {@code 0.9731}, {@code 1.0000}. */
  private static boolean isScore(String score) {
    if (score.length() != 6 || score.charAt(1) != '.') {
      return false;
    }
    for (int i = 2; i < 6; i++) {
      if (score.charAt(i) < '0' || score.charAt(i) > '9') {
        return false;
      }
    }
    return score.charAt(0) == '0' || score.equals("1.0000");
  }
}
