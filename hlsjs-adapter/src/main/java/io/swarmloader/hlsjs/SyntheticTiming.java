package io.swarmloader.hlsjs;

/**
 * The loading timestamps an fLoader reports for a segment the engine delivered
 * (player-integration.md §3.3), in {@code performance.now()} ms: {@code stats.loading.end} is now,
 * {@code first} is {@link #firstByteMs} and {@code start} is {@link #startMs}, so hls.js's ABR
 * reads the engine's bandwidth estimate as if the bytes had streamed at that rate. Pure. Static
 * methods rather than a result object: its class would ship in the bundle although TeaVM removes
 * every allocation of it.
 */
final class SyntheticTiming {
  private SyntheticTiming() {}

  /**
   * {@code stats.loading.first}: {@code nowMs - bytes * 8000 / bandwidthBps}, or {@code nowMs} when
   * the bandwidth is 0, negative or not finite (§7 #17: 2.3 divides by zero).
   */
  static double firstByteMs(double nowMs, double bytes, double bandwidthBps) {
    boolean usable =
        bandwidthBps > 0 && !Double.isInfinite(bandwidthBps) && !Double.isNaN(bandwidthBps);
    return usable ? nowMs - bytes * 8000 / bandwidthBps : nowMs;
  }

  /** {@code stats.loading.start}: 10 ms before the first byte. */
  static double startMs(double firstByteMs) {
    return firstByteMs - 10;
  }
}
