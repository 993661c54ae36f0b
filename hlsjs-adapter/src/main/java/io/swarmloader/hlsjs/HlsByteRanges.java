package io.swarmloader.hlsjs;

import io.swarmloader.core.model.ByteRange;

/**
 * Byte ranges as hls.js gives them: {@code [start, exclusiveEnd]} on fragments and {@code
 * rangeStart}/{@code rangeEnd} on loader contexts (player-integration.md §3.3, §3.8). A range
 * exists only when both ends are finite and {@code start <= exclusiveEnd - 1}; hls.js's {@code
 * rangeStart: 0, rangeEnd: 0} for a whole-file request is therefore no range. Both places use this
 * one rule, so the runtime IDs of registration and request always agree.
 */
final class HlsByteRanges {
  private HlsByteRanges() {}

  /** The inclusive range, or null; NaN stands for {@code undefined}. */
  static ByteRange fromExclusive(double start, double exclusiveEnd) {
    if (Double.isNaN(start)
        || Double.isNaN(exclusiveEnd)
        || Double.isInfinite(start)
        || Double.isInfinite(exclusiveEnd)
        || start < 0
        || start > exclusiveEnd - 1) {
      return null;
    }
    return new ByteRange((long) start, (long) exclusiveEnd - 1);
  }
}
