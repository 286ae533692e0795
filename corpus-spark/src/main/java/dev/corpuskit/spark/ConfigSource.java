package dev.corpuskit.spark;

import dev.corpuskit.pipeline.CorpusConfig;
import java.io.Serializable;

/**
 * Gives the core's {@link CorpusConfig} on whichever machine asks: the driver and every executor make
 * their own from it, as the configuration itself is not serializable. A lambda that captures only
 * serializable values (strings, the text of a configuration file) is one.
 */
@FunctionalInterface
public interface ConfigSource extends Serializable {

  /** The configuration; its source directory is not read (the job reads the corpus from its source path). */
  CorpusConfig config();
}
