/**
 * The {@code corpuskit} command line: the {@code validate}, {@code clean}, {@code report} and
 * {@code package} commands of the Maven plugin's goals, outside Maven. A thin layer like the plugin: it
 * turns options into the core's configuration, calls {@code dev.corpuskit.pipeline}, prints findings as
 * text, JSON or SARIF 2.1.0, and turns the core's typed failures into exit codes and messages naming
 * the option to fix. It uses only the core's API packages.
 *
 * <p><b>Internal</b> as Java: the command line's API is its commands, options and exit codes.
 */
package dev.corpuskit.cli;
