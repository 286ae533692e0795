/**
 * The descriptors packed with a corpus: {@code datapackage.json} (Frictionless), {@code croissant.json}
 * (MLCommons Croissant) and the data card {@code README.md} ({@link dev.corpuskit.describe.DataCard}),
 * written from the corpus's facts ({@link dev.corpuskit.describe.CorpusDescription}).
 *
 * <p>Pipeline: source → parse → validate / clean → pack → <b>describe</b> → read.
 *
 * <p><b>API</b>.
 */
package dev.corpuskit.describe;
