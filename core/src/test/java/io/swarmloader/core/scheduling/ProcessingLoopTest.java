package io.swarmloader.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmloader.testing.VirtualClock;
import org.junit.jupiter.api.Test;

class ProcessingLoopTest {
  private final VirtualClock clock = new VirtualClock();
  private int depth;
  private int maxDepth;
  private ProcessingLoop loop;

  private ProcessingLoop loop(Runnable body) {
    loop =
        new ProcessingLoop(
            clock,
            () -> {
              depth++;
              maxDepth = Math.max(maxDepth, depth);
              body.run();
              depth--;
            });
    return loop;
  }

  @Test
  void requestPass_manyTimesInOneTurn_runsOnePassLater() {
    loop(() -> {});

    loop.requestPass();
    loop.requestPass();
    loop.requestPass();
    assertEquals(0, loop.passCount());
    assertEquals(1, clock.pendingTaskCount());

    clock.runDue();

    assertEquals(1, loop.passCount());
    assertEquals(0, clock.pendingTaskCount());
  }

  @Test
  void requestPass_duringAPass_schedulesTheNextPassInsteadOfRecursing() {
    int[] remaining = {3};
    loop(
        () -> {
          if (remaining[0]-- > 0) {
            loop.requestPass();
            loop.requestPass();
            assertEquals(1, clock.pendingTaskCount());
          }
        });

    loop.requestPass();
    clock.runDue();

    assertEquals(4, loop.passCount());
    assertEquals(1, maxDepth);
  }

  @Test
  void destroy_withScheduledPass_cancelsItAndIgnoresLaterRequests() {
    loop(() -> {});
    loop.requestPass();

    loop.destroy();
    loop.destroy();
    loop.requestPass();

    assertEquals(0, clock.pendingTaskCount());
    clock.runDue();
    assertEquals(0, loop.passCount());
  }
}
