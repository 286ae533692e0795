/**
 * The Maven plugin (goal prefix {@code corpus}): the {@code validate}, {@code clean} and
 * {@code package} goals and the {@code corpus} packaging. A thin layer: it turns POM parameters into
 * the core's configuration, calls {@code dev.corpuskit.pipeline}, and turns the core's typed failures
 * into build failures naming the POM element to fix. It uses only the core's API packages.
 *
 * <p><b>Internal</b> as Java: the plugin's API is its goals and parameters, not these classes.
 */
package dev.corpuskit.maven;
