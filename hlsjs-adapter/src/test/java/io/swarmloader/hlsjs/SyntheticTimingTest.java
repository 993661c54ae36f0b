package io.swarmloader.hlsjs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SyntheticTimingTest {
  @Test
  void timingMatchesBandwidth() {
    // 1,000,000 bytes at 8 Mbit/s take 1000 ms.
    double first = SyntheticTiming.firstByteMs(5000, 1_000_000, 8_000_000);
    assertEquals(4000, first);
    assertEquals(3990, SyntheticTiming.startMs(first));
  }

  @Test
  void zeroOrInvalidBandwidthIsGuarded() {
    // §7 #17: 2.3 divides by the bandwidth and reports -Infinity or NaN timestamps.
    for (double bw : new double[] {0, -5, Double.NaN, Double.POSITIVE_INFINITY}) {
      double first = SyntheticTiming.firstByteMs(100, 4096, bw);
      assertEquals(100, first, "bandwidth " + bw);
      assertEquals(90, SyntheticTiming.startMs(first));
    }
  }
}
