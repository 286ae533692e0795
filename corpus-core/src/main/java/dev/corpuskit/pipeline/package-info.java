/**
 * The corpus-level runs a front end calls (the Maven plugin, a command line, a job): validate a
 * corpus directory, clean it into an output directory, package it
 * ({@link dev.corpuskit.pipeline.CorpusBuild}, {@link dev.corpuskit.pipeline.CorpusPackaging}), with
 * their configuration ({@link dev.corpuskit.pipeline.CorpusConfig}, {@link dev.corpuskit.pipeline.RunOptions}),
 * results and typed failures. It keeps the incremental-build state that lets an unchanged document
 * be skipped.
 *
 * <p>Pipeline: on top; drives source → parse → validate / clean → pack → describe.
 *
 * <p><b>API</b>: the entry point. Sub-packages are not API.
 */
package dev.corpuskit.pipeline;
