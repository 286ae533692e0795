package dev.corpuskit.concurrent;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The worker threads of the parallel stages, and waiting for their results in order. */
public final class Workers {

  private Workers() {}

  /** A fixed pool of daemon threads named {@code <name>-1}, {@code <name>-2}, … */
  public static ExecutorService pool(String name, int threads) {
    AtomicInteger count = new AtomicInteger();
    return Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** How long {@link #stop} waits for running tasks at most. */
  static final long STOP_WAIT_NANOS = TimeUnit.MINUTES.toNanos(1);

  /**
   * Stops {@code pool}: drops the tasks not yet started, interrupts the running ones, and waits until
   * they have ended, so that no task of a stage that has returned, or failed, still writes a file. A
   * task interrupted in a write stops at once; one in a read of a local file finishes it. The wait is
   * bounded, at a minute, so that a task stuck in I/O, on a hung network mount say, cannot hang the
   * build; the caller's interrupt, if any, is kept.
   */
  public static void stop(ExecutorService pool) {
    stop(pool, STOP_WAIT_NANOS);
  }

  /** {@link #stop(ExecutorService)}, waiting at most {@code waitNanos}. */
  static void stop(ExecutorService pool, long waitNanos) {
    pool.shutdownNow();
    long deadline = System.nanoTime() + waitNanos;
    boolean interrupted = false;
    for (long left = waitNanos; left > 0; left = deadline - System.nanoTime()) {
      try {
        if (pool.awaitTermination(left, TimeUnit.NANOSECONDS)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true; // waited for all the same: the caller's files must be left as they were
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The result of {@code future}, with the task's own exception rethrown: an {@link IOException}
   * (also one wrapped in {@link UncheckedIOException}), a runtime exception or an error.
   */
  public static <T> T await(Future<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted");
      interrupted.initCause(e);
      throw interrupted;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      } else if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      } else if (cause instanceof RuntimeException runtime) {
        throw runtime;
      } else if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(cause);
    }
  }
}
