package dev.corpuskit.parse;

import dev.corpuskit.source.SourceFile;

/**
 * A source file read and decoded.
 *
 * @param source where the file is
 * @param bytes the file exactly as on disk
 * @param format how it was parsed
 * @param decoding the decoded file: for HTML, the markup; positions in findings refer to it
 * @param text the document text: the decoded file for plain text, the main text for HTML
 */
public record ParsedDocument(
    SourceFile source, byte[] bytes, Format format, Decoding decoding, String text) {}
