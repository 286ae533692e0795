/**
 * The worker threads of the parallel stages, and waiting for their results in order (so output does
 * not depend on the number of threads).
 *
 * <p>Pipeline: shared, below the stages.
 *
 * <p><b>Internal</b>: not API, may change without notice.
 */
package dev.corpuskit.concurrent;
