package io.swarmloader.shaka.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShakaTimingTest {
  @Test
  void isTheTransferTimeInMillisecondsAtTheReportedBandwidth() {
    // 1 MB at 8 Mbit/s takes one second.
    assertEquals(1000.0, ShakaTiming.timeMs(1_000_000, 8_000_000), 1e-9);
  }

  @Test
  void aFastLoadIsNotRoundedToZero() {
    // §7 row 13: 2.3 rounded to whole seconds, so this reported 0.
    assertEquals(16.0, ShakaTiming.timeMs(200_000, 100_000_000), 1e-9);
    assertEquals(0.4, ShakaTiming.timeMs(50, 1_000_000), 1e-12);
  }

  @Test
  void anUnknownBandwidthLeavesTimingToShaka() {
    assertTrue(Double.isNaN(ShakaTiming.timeMs(1000, 0)));
    assertTrue(Double.isNaN(ShakaTiming.timeMs(1000, -5)));
    assertTrue(Double.isNaN(ShakaTiming.timeMs(1000, Double.NaN)));
    assertTrue(Double.isNaN(ShakaTiming.timeMs(1000, Double.POSITIVE_INFINITY)));
    assertTrue(Double.isNaN(ShakaTiming.timeMs(-1, 1000)));
    assertTrue(Double.isNaN(ShakaTiming.timeMs(Double.NaN, 1000)));
  }

  @Test
  void anEmptySegmentTakesNoTime() {
    assertEquals(0.0, ShakaTiming.timeMs(0, 1000));
  }
}
