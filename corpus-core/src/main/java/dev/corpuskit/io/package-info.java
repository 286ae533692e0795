/**
 * Writing files atomically ({@link dev.corpuskit.io.AtomicFiles}: a file is whole or absent, never
 * half written), streaming JSON, and the typed {@link dev.corpuskit.io.WriteFailedException}.
 *
 * <p>Pipeline: shared, below every stage that writes.
 *
 * <p><b>API</b>: a caller of the pipeline catches {@code WriteFailedException}.
 */
package dev.corpuskit.io;
