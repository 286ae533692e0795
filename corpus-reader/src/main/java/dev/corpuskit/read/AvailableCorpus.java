package dev.corpuskit.read;

import java.net.URL;

/**
 * A corpus found on a classpath.
 *
 * @param id {@code groupId:artifactId}
 * @param version its version
 * @param path its folder inside the jar, for example {@code META-INF/corpus/g/a/}
 * @param index the URL of the {@code index.properties} that announced it
 */
public record AvailableCorpus(String id, String version, String path, URL index) {

  @Override
  public String toString() {
    return id + " " + version;
  }
}
