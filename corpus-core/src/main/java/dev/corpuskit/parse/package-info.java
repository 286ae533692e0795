/**
 * Turns a source file into text: decoding (BOM, declared and sniffed encodings), plain text as is,
 * and HTML through jsoup to its main text (the article's blocks, without navigation and boilerplate).
 *
 * <p>Pipeline: source → <b>parse</b> → validate / clean → pack → describe → read.
 *
 * <p><b>Internal</b>: not API, may change without notice. Validation and cleaning call it.
 */
package dev.corpuskit.parse;
