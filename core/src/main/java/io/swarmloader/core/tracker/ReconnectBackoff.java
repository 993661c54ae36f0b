package io.swarmloader.core.tracker;

import io.swarmloader.core.platform.RandomSource;

/** Reconnect delay after a tracker socket closes (wire-protocol.md §3.5). */
final class ReconnectBackoff {
  /** Upper bound (exclusive) of the random part; it spreads reconnects after a tracker restart. */
  static final int RANDOM_PART_MS = 300_000;

  /** The fixed part for the first retry; it doubles with each consecutive failure. */
  static final int MIN_FIXED_PART_MS = 10_000;

  /** Cap of the fixed part. */
  static final int MAX_FIXED_PART_MS = 3_600_000;

  private ReconnectBackoff() {}

  /**
   * {@code random(0..300 s) + min(10 s × 2^retries, 3600 s)}, where {@code retries} counts the
   * consecutive failures before this one (0 for the first reconnect).
   */
  static int delayMs(int retries, RandomSource random) {
    int fixedMs = MIN_FIXED_PART_MS;
    for (int i = 0; i < retries && fixedMs < MAX_FIXED_PART_MS; i++) {
      fixedMs *= 2;
    }
    return random.nextInt(RANDOM_PART_MS) + Math.min(fixedMs, MAX_FIXED_PART_MS);
  }
}
