package io.swarmloader.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.testing.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The initial HTTP hold and the initial peer wait: one timer re-runs the queue at each end. */
class HttpHoldTest {
  private final VirtualClock clock = new VirtualClock(5_000);
  private final List<Double> passes = new ArrayList<>();
  private StreamConfig config = StreamConfig.defaults();
  private HttpHold hold;

  private void create(int holdMs, int peerWaitMs) {
    config =
        config.toBuilder()
            .httpDownloadInitialTimeoutMs(holdMs)
            .initialPeerWaitMs(peerWaitMs)
            .build();
    hold = new HttpHold(clock, clock, () -> config, () -> passes.add(clock.nowMs() - 5_000));
    // what every queue pass does
    hold.checkAndArm();
  }

  /** A pass run by the hold's timer checks and re-arms, as QueuePass does. */
  private void runPassesUntil(double deltaMs) {
    double end = clock.nowMs() + deltaMs;
    while (clock.nowMs() < end) {
      int before = passes.size();
      clock.advanceMs(Math.min(100, end - clock.nowMs()));
      if (passes.size() > before) {
        hold.checkAndArm();
      }
    }
  }

  @Test
  void holdShorterThanPeerWait_aPassAtEachEnd() {
    create(1_000, 3_000);
    assertTrue(hold.isActive());
    assertTrue(hold.isPeerWaitActive());

    runPassesUntil(5_000);

    assertEquals(List.of(1_000.0, 3_000.0), passes);
    assertFalse(hold.isActive());
    assertFalse(hold.isPeerWaitActive());
  }

  @Test
  void holdLongerThanPeerWait_onePassWhenTheHoldEnds() {
    create(4_000, 3_000);
    assertTrue(hold.checkAndArm());

    runPassesUntil(6_000);

    assertEquals(List.of(4_000.0), passes);
    assertFalse(hold.isPeerWaitActive());
  }

  @Test
  void noHoldNoWait_noTimer() {
    create(0, 0);

    assertFalse(hold.checkAndArm());
    assertFalse(hold.isPeerWaitActive());
    assertEquals(0, clock.pendingTaskCount());
  }

  @Test
  void destroy_cancelsThePendingEnd() {
    create(0, 3_000);
    assertEquals(1, clock.pendingTaskCount());

    hold.destroy();
    runPassesUntil(5_000);

    assertEquals(List.of(), passes);
  }
}
