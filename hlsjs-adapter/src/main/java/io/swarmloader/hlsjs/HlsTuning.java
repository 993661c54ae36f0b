package io.swarmloader.hlsjs;

/**
 * Automatic hls.js tuning on {@code hlsLevelUpdated} (player-integration.md §3.10). Only options
 * the application left unset are touched, and buffer lengths are only ever lowered. Pure: the
 * adapter reads the inputs from {@code hls.userConfig} and {@code hls.config} and writes back the
 * results that are not NaN. Static methods rather than a result object with boxed fields: its class
 * and the boxing would ship in the bundle.
 */
final class HlsTuning {
  /** Tuning acts only on playlists with more fragments than this. */
  static final int MIN_FRAGMENTS_EXCLUSIVE = 4;

  /** Seconds of live playlist that {@code liveSyncDurationCount} aims to stay behind, at most. */
  static final double LIVE_SYNC_TARGET_S = 120;

  private HlsTuning() {}

  /**
   * The new {@code liveSyncDurationCount}, or NaN to leave it: live playlists with more than {@link
   * #MIN_FRAGMENTS_EXCLUSIVE} fragments whose application set neither {@code liveSyncDuration} nor
   * {@code liveSyncDurationCount} stay one fragment inside the window and at most {@link
   * #LIVE_SYNC_TARGET_S} behind.
   */
  static double liveSyncDurationCount(
      boolean isLive,
      int fragmentCount,
      double targetDurationS,
      boolean appSetLiveSyncDuration,
      boolean appSetLiveSyncDurationCount) {
    if (fragmentCount <= MIN_FRAGMENTS_EXCLUSIVE
        || !isLive
        || appSetLiveSyncDuration
        || appSetLiveSyncDurationCount) {
      return Double.NaN;
    }
    int byWindow = fragmentCount - 1;
    return targetDurationS > 0
        ? (int) Math.min(byWindow, Math.floor(LIVE_SYNC_TARGET_S / targetDurationS))
        : byWindow;
  }

  /**
   * The new {@code maxBufferLength} (or {@code maxMaxBufferLength}) in seconds, or NaN to leave it:
   * when the application set neither option and the playlist has more than {@link
   * #MIN_FRAGMENTS_EXCLUSIVE} fragments, {@code max(2 x target duration, both high-demand
   * windows)}, only when that is below {@code current} (or current is NaN, unknown).
   */
  static double bufferLength(
      int fragmentCount,
      double targetDurationS,
      boolean appSetMaxBufferLength,
      boolean appSetMaxMaxBufferLength,
      double current,
      double mainHighDemandWindowS,
      double secondaryHighDemandWindowS) {
    if (fragmentCount <= MIN_FRAGMENTS_EXCLUSIVE
        || appSetMaxBufferLength
        || appSetMaxMaxBufferLength) {
      return Double.NaN;
    }
    double target = targetDurationS > 0 ? targetDurationS : 0;
    double value =
        Math.max(2 * target, Math.max(mainHighDemandWindowS, secondaryHighDemandWindowS));
    return Double.isNaN(current) || value < current ? value : Double.NaN;
  }
}
