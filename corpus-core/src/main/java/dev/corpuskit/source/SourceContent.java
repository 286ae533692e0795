package dev.corpuskit.source;

import java.nio.charset.Charset;

/**
 * A document's bytes as read from its source, with what the build cache and the manifest know the
 * source by: for a plain file both are the file's own; for a gzip-compressed file the document is the
 * decompressed bytes while the size and hash stay the compressed file's, so that the cache is keyed
 * by the file on disk as for any other file; for a record of a WARC archive or a line of a JSONL file,
 * they are the record's payload, or the line's text, the document's own source.
 *
 * @param bytes the document's bytes, as its parser reads them
 * @param size the size of the source the cache and the manifest name
 * @param sha256 the SHA-256 of that source
 * @param charset the charset the source declares outside the document (a WARC record's HTTP
 *     {@code Content-Type}, UTF-8 for a JSONL line), or null when it declares none
 */
public record SourceContent(byte[] bytes, long size, byte[] sha256, Charset charset) {}
