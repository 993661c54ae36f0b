package io.swarmloader.hlsjs;

/**
 * The loading timestamps an fLoader reports for a segment the engine delivered
 * (player-integration.md §3.3): hls.js's ABR then reads the engine's bandwidth estimate as if the
 * bytes had streamed at that rate. Pure.
 */
final class SyntheticTiming {
  /**
   * {@code stats.loading.start}, {@code first} and {@code end}, in {@code performance.now()} ms.
   */
  final double start;

  final double first;
  final double end;

  private SyntheticTiming(double start, double first, double end) {
    this.start = start;
    this.first = first;
    this.end = end;
  }

  /**
   * {@code end = nowMs}; {@code first = end - bytes * 8000 / bandwidthBps}, or {@code end} when the
   * bandwidth is 0, negative or not finite (§7 #17: 2.3 divides by zero); {@code start = first -
   * 10}.
   */
  static SyntheticTiming of(double nowMs, double bytes, double bandwidthBps) {
    boolean usable =
        bandwidthBps > 0 && !Double.isInfinite(bandwidthBps) && !Double.isNaN(bandwidthBps);
    double first = usable ? nowMs - bytes * 8000 / bandwidthBps : nowMs;
    return new SyntheticTiming(first - 10, first, nowMs);
  }
}
