/**
 * The configuration file every runner reads (the command line's {@code --config}, the Maven plugin's
 * {@code <configFile>}, the Spark job): a YAML 1.2 file (JSON is valid YAML 1.2) holding what a POM's
 * plugin {@code <configuration>} holds, read into the core's request objects.
 *
 * <p>{@link dev.corpuskit.config.CorpusConfigFile#load} reads a file into {@link
 * dev.corpuskit.config.CorpusSettings}, every value checked as it is read: an unknown key or a bad
 * value fails with {@link dev.corpuskit.config.ConfigFileException}, naming the key's path, the file,
 * the line and column, and the fix. {@link dev.corpuskit.config.CorpusConfigFile#write} writes settings
 * back as such a file, keys in a fixed order, so that the same settings give the same bytes.
 *
 * <p>Config: on top, beside the pipeline whose requests it builds.
 *
 * <p><b>API</b>: {@code CorpusConfigFile}, {@code CorpusSettings}, {@code ConfigFileException}.
 */
package dev.corpuskit.config;
