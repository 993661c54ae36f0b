package io.swarmloader.core.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmloader.core.platform.RandomSource;
import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {
  /** Always answers {@code value}, and records the bound it was asked for. */
  private static final class FixedRandom implements RandomSource {
    final int value;
    int lastBound;

    FixedRandom(int value) {
      this.value = value;
    }

    @Override
    public int nextInt(int boundExclusive) {
      lastBound = boundExclusive;
      return value;
    }

    @Override
    public double nextDouble() {
      return 0;
    }
  }

  @Test
  void delayMs_fixedPartDoublesPerRetryUpToOneHour() {
    FixedRandom zero = new FixedRandom(0);
    assertEquals(10_000, ReconnectBackoff.delayMs(0, zero));
    assertEquals(20_000, ReconnectBackoff.delayMs(1, zero));
    assertEquals(40_000, ReconnectBackoff.delayMs(2, zero));
    assertEquals(2_560_000, ReconnectBackoff.delayMs(8, zero));
    assertEquals(3_600_000, ReconnectBackoff.delayMs(9, zero));
    assertEquals(3_600_000, ReconnectBackoff.delayMs(1_000, zero));
  }

  @Test
  void delayMs_randomPartUpTo300sAdded() {
    FixedRandom max = new FixedRandom(299_999);
    assertEquals(309_999, ReconnectBackoff.delayMs(0, max));
    assertEquals(300_000, max.lastBound);
  }
}
