package io.swarmloader.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.platform.Cancellable;
import org.junit.jupiter.api.Test;

class VirtualClockTest {
  @Test
  void pendingTaskCount_countsScheduledAndForgetsCancelled() {
    VirtualClock clock = new VirtualClock();
    Cancellable a = clock.schedule(() -> {}, 10);
    clock.schedule(() -> {}, 20);
    assertEquals(2, clock.pendingTaskCount());
    a.cancel();
    assertEquals(1, clock.pendingTaskCount());
    clock.advanceMs(20);
    assertEquals(0, clock.pendingTaskCount());
  }

  @Test
  void runUntilIdle_stopsAtLimitForSelfReschedulingTasks() {
    VirtualClock clock = new VirtualClock();
    Runnable[] loop = new Runnable[1];
    loop[0] = () -> clock.schedule(loop[0], 100);
    clock.schedule(loop[0], 100);
    assertFalse(clock.runUntilIdle(1_000));
    assertTrue(clock.nowMs() <= 1_000);
  }
}
