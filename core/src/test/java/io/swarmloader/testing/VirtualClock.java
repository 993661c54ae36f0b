package io.swarmloader.testing;

import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.Clock;
import io.swarmloader.core.platform.Scheduler;
import java.util.PriorityQueue;

/**
 * A deterministic clock and event loop. Time moves only when the test moves it. Tasks due at the
 * same time run in the order they were scheduled. A task scheduled with delay 0 runs after the
 * current task, never inside {@link #schedule}.
 */
public final class VirtualClock implements Clock, Scheduler {
  private final PriorityQueue<Task> queue =
      new PriorityQueue<>(
          (a, b) ->
              a.dueMs != b.dueMs ? Double.compare(a.dueMs, b.dueMs) : Long.compare(a.seq, b.seq));
  private double nowMs;
  private long nextSeq;

  public VirtualClock() {
    this(0);
  }

  public VirtualClock(double startMs) {
    this.nowMs = startMs;
  }

  @Override
  public double nowMs() {
    return nowMs;
  }

  @Override
  public Cancellable schedule(Runnable task, int delayMs) {
    if (delayMs < 0) {
      delayMs = 0;
    }
    Task t = new Task(nowMs + delayMs, nextSeq++, task);
    queue.add(t);
    return () -> {
      if (!t.cancelled) {
        t.cancelled = true;
        queue.remove(t);
      }
    };
  }

  /** Runs every task due up to now + {@code deltaMs}, advancing time to each task's due time. */
  public void advanceMs(double deltaMs) {
    double target = nowMs + deltaMs;
    while (!queue.isEmpty() && queue.peek().dueMs <= target) {
      Task t = queue.poll();
      nowMs = Math.max(nowMs, t.dueMs);
      t.task.run();
    }
    nowMs = target;
  }

  /** Runs the tasks that are due now (delay 0 chains included), without moving time. */
  public void runDue() {
    advanceMs(0);
  }

  /**
   * Runs tasks, advancing time, until none is left or {@code limitMs} of virtual time passed.
   * Returns true when the queue became empty.
   */
  public boolean runUntilIdle(double limitMs) {
    double end = nowMs + limitMs;
    while (!queue.isEmpty() && queue.peek().dueMs <= end) {
      Task t = queue.poll();
      nowMs = Math.max(nowMs, t.dueMs);
      t.task.run();
    }
    return queue.isEmpty();
  }

  public int pendingTaskCount() {
    return queue.size();
  }

  private static final class Task {
    final double dueMs;
    final long seq;
    final Runnable task;
    boolean cancelled;

    Task(double dueMs, long seq, Runnable task) {
      this.dueMs = dueMs;
      this.seq = seq;
      this.task = task;
    }
  }
}
