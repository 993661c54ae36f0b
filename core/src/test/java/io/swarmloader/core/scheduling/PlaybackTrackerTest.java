package io.swarmloader.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.testing.VirtualClock;
import org.junit.jupiter.api.Test;

class PlaybackTrackerTest {
  private final VirtualClock clock = new VirtualClock(50_000);
  private int passes;
  private final PlaybackTracker tracker = new PlaybackTracker(clock, clock, () -> passes++);

  @Test
  void startAtIfUnpositioned_firstRequestedSegment_positionAndRateOne() {
    tracker.startAtIfUnpositioned(12);
    tracker.startAtIfUnpositioned(40);

    assertEquals(12, tracker.positionS());
    assertEquals(1, tracker.rate());
  }

  @Test
  void startAtIfUnpositioned_afterAPlaybackUpdate_keepsTheUpdate() {
    tracker.update(30, 2);

    tracker.startAtIfUnpositioned(12);

    assertEquals(30, tracker.positionS());
    assertEquals(2, tracker.rate());
  }

  @Test
  void update_rateZero_keepsTheLastRateButMovesThePosition() {
    tracker.startAtIfUnpositioned(0);
    tracker.update(1, 1.5);

    tracker.update(1.2, 0);

    assertEquals(1.2, tracker.positionS());
    assertEquals(1.5, tracker.rate());
  }

  @Test
  void update_changeAboveHalfTheAverageSegmentDuration_isSignificant() {
    tracker.setAverageSegmentDurationOnce(4);
    tracker.startAtIfUnpositioned(10);

    assertFalse(tracker.update(12, 1)); // 2 / 4 = 0.5, not above
    assertTrue(tracker.update(9.99, 1)); // 2.01 / 4 > 0.5
  }

  @Test
  void setAverageSegmentDurationOnce_secondCall_ignored() {
    tracker.setAverageSegmentDurationOnce(4);
    tracker.setAverageSegmentDurationOnce(100);
    tracker.startAtIfUnpositioned(0);

    assertTrue(tracker.update(3, 1));
  }

  @Test
  void update_regularUpdates_runTheQueueAtMostOncePerSecond() {
    tracker.setAverageSegmentDurationOnce(4);
    tracker.startAtIfUnpositioned(0);

    for (int i = 1; i <= 10; i++) {
      tracker.update(i * 0.1, 1);
      clock.advanceMs(100);
    }
    // t=0 at once, t=1000 from the trailing timer
    assertEquals(2, passes);

    clock.advanceMs(5_000);
    assertEquals(2, passes);
  }

  @Test
  void update_significant_leavesTheQueueRunToTheCaller() {
    tracker.setAverageSegmentDurationOnce(4);
    tracker.startAtIfUnpositioned(0);

    assertTrue(tracker.update(60, 1));

    assertEquals(0, passes);
  }

  @Test
  void destroy_withTrailingTimer_cancelsIt() {
    tracker.setAverageSegmentDurationOnce(4);
    tracker.startAtIfUnpositioned(0);
    tracker.update(0.1, 1);
    tracker.update(0.2, 1);
    assertEquals(1, clock.pendingTaskCount());

    tracker.destroy();

    assertEquals(0, clock.pendingTaskCount());
  }
}
