package io.swarmloader.core.p2p;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.testing.VirtualClock;
import org.junit.jupiter.api.Test;

/** UploadSlots, StrikeWindow and PeerSpeed on their own. */
class P2pHelpersTest {
  private final VirtualClock clock = new VirtualClock();

  @Test
  void uploadSlots_capReadDynamically() {
    int[] max = {2};
    UploadSlots slots = new UploadSlots(() -> max[0]);
    assertTrue(slots.tryAcquire());
    assertTrue(slots.tryAcquire());
    assertFalse(slots.tryAcquire());
    max[0] = 3;
    assertTrue(slots.tryAcquire());
    slots.release();
    slots.release();
    slots.release();
    slots.release();
    assertEquals(0, slots.inUse());
  }

  @Test
  void uploadSlots_zeroCap_neverGrants() {
    assertFalse(new UploadSlots(() -> 0).tryAcquire());
  }

  @Test
  void strikeWindow_countsOnlyInsideWindow() {
    StrikeWindow w = new StrikeWindow(3, 60_000);
    assertFalse(w.record(0));
    assertFalse(w.record(50_000));
    assertFalse(w.record(60_000)); // the first fell out
    assertTrue(w.record(70_000));
  }

  @Test
  void peerSpeed_countsOnlyActiveLoadingTime() {
    PeerSpeed speed = new PeerSpeed(clock);
    speed.startLoading();
    clock.advanceMs(500);
    speed.addSample(5_000);
    clock.advanceMs(500);
    speed.addSample(5_000);
    speed.stopLoading();
    clock.advanceMs(60_000); // idle time does not dilute the rate
    assertEquals(80_000, speed.bitsPerSecond(), 1e-6);
  }

  @Test
  void peerSpeed_cachedForOneSecond() {
    PeerSpeed speed = new PeerSpeed(clock);
    speed.startLoading();
    clock.advanceMs(1_000);
    speed.addSample(1_000);
    assertEquals(8_000, speed.bitsPerSecond(), 1e-6);
    clock.advanceMs(999);
    assertEquals(8_000, speed.bitsPerSecond(), 1e-6);
    clock.advanceMs(1);
    assertEquals(4_000, speed.bitsPerSecond(), 1e-6);
  }

  @Test
  void peerSpeed_onlyLast15sOfLoading() {
    PeerSpeed speed = new PeerSpeed(clock);
    speed.startLoading();
    clock.advanceMs(1_000);
    speed.addSample(1_000_000);
    clock.advanceMs(20_000);
    speed.addSample(10_000);
    // Only the second sample is inside the window; it spans the last 15 s of loading.
    assertEquals(10_000 * 8_000 / 15_000.0, speed.bitsPerSecond(), 1e-6);
  }

  @Test
  void peerSpeed_clear_forgetsHistory() {
    PeerSpeed speed = new PeerSpeed(clock);
    speed.startLoading();
    clock.advanceMs(100);
    speed.addSample(100);
    assertTrue(speed.bitsPerSecond() > 0);
    speed.clear();
    assertEquals(0, speed.bitsPerSecond());
  }
}
