/**
 * Packaging: the {@link dev.corpuskit.pack.Packager} writes a reproducible corpus jar (the layout of
 * {@code format.CorpusLayout}) from the cleaned documents, their manifest and descriptors, reusing the
 * deflated bytes of a previous jar where a document is unchanged; {@link dev.corpuskit.pack.PackageResult}
 * says what it wrote.
 *
 * <p>Pipeline: source → parse → validate / clean → <b>pack</b> → describe → read.
 *
 * <p><b>API</b>.
 */
package dev.corpuskit.pack;
