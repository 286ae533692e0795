package dev.corpuskit.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class WorkersTest {

  @Test
  void stopReturnsOnlyOnceTheRunningTasksHaveEndedAndDropsTheOthers() throws Exception {
    ExecutorService pool = Workers.pool("test-worker", 1);
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean ended = new AtomicBoolean();
    AtomicBoolean queuedRan = new AtomicBoolean();
    pool.submit(() -> {
      started.countDown();
      long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
      while (System.nanoTime() < until) {
        Thread.onSpinWait(); // deaf to interrupts, as a write to a local file is
      }
      ended.set(true);
    });
    pool.submit(() -> queuedRan.set(true));
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    Workers.stop(pool);

    assertThat(ended).as("the running task ended before stop returned").isTrue();
    assertThat(pool.isTerminated()).isTrue();
    assertThat(queuedRan).as("a task not started is dropped").isFalse();
  }

  @Test
  void stopKeepsTheCallersInterrupt() throws Exception {
    ExecutorService pool = Workers.pool("test-worker", 1);
    pool.submit(() -> { });
    Thread.currentThread().interrupt();
    try {
      Workers.stop(pool);
      assertThat(pool.isTerminated()).isTrue();
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void stopGivesUpOnATaskThatOutlastsTheWait() throws Exception {
    ExecutorService pool = Workers.pool("test-worker", 1);
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean release = new AtomicBoolean();
    AtomicBoolean ended = new AtomicBoolean();
    pool.submit(() -> {
      started.countDown();
      // Stuck, and deaf to interrupts, until the test lets it go; the minute only keeps a stop that
      // waits for it (the failure under test) from hanging the build.
      long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
      while (!release.get() && System.nanoTime() < until) {
        Thread.onSpinWait();
      }
      ended.set(true);
    });
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    Workers.stop(pool, TimeUnit.MILLISECONDS.toNanos(200));

    assertThat(ended).as("returned after the wait, while the task still runs").isFalse();
    release.set(true);
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(ended).isTrue();
  }
}
