package io.swarmloader.shaka.net;

/**
 * The {@code timeMs} of a scheme-plugin response (player-integration.md §4.8 step 3, §7 row 13):
 * how long Shaka should believe the download took, derived from the engine's bandwidth estimate.
 * Shaka's bandwidth estimator samples {@code 8000 × bytes / timeMs}.
 */
public final class ShakaTiming {
  private ShakaTiming() {}

  /**
   * {@code bytes × 8000 / bandwidth} in milliseconds, unrounded (2.3 rounded to whole seconds, so a
   * fast load reported 0). Returns NaN when the bandwidth is 0, negative or not finite, or the byte
   * count is negative or not finite: the adapter then leaves {@code timeMs} undefined and Shaka
   * measures the request's wall-clock duration itself.
   *
   * @param bytes the segment's length in bytes
   * @param bandwidthBitsPerSecond the engine's estimate handed over with the segment
   */
  public static double timeMs(double bytes, double bandwidthBitsPerSecond) {
    if (!(bandwidthBitsPerSecond > 0)
        || Double.isInfinite(bandwidthBitsPerSecond)
        || !(bytes >= 0)
        || Double.isInfinite(bytes)) {
      return Double.NaN;
    }
    return bytes * 8000 / bandwidthBitsPerSecond;
  }
}
