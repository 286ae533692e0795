/**
 * Languages: the data of each language (stop words, the boilerplate lexicon and the word lists of the
 * cleaning steps), read from the resources under {@code dev/corpuskit/lang/<code>/} and listed in
 * {@code dev/corpuskit/lang/languages.txt}; BCP 47 tags resolved to the folder of their primary
 * language; and the user's own boilerplate rules ({@link dev.corpuskit.lang.UserLexicon}).
 *
 * <p>Pipeline: shared data, below {@code parse}, {@code validate} and {@code clean}.
 *
 * <p><b>API</b>: {@link dev.corpuskit.lang.Language#known()}, tags and codes, {@code UserLexicon} and the
 * typed errors ({@code UnknownLanguageException}, {@code InvalidLexiconException}) a front end reports.
 */
package dev.corpuskit.lang;
