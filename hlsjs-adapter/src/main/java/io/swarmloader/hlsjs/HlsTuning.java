package io.swarmloader.hlsjs;

/**
 * Automatic hls.js tuning on {@code hlsLevelUpdated} (player-integration.md §3.10). Only options
 * the application left unset are touched, and buffer lengths are only ever lowered. Pure: the
 * adapter reads the inputs from {@code hls.userConfig} and {@code hls.config} and writes back the
 * non-null results.
 */
final class HlsTuning {
  /** Tuning acts only on playlists with more fragments than this. */
  static final int MIN_FRAGMENTS_EXCLUSIVE = 4;

  /** Seconds of live playlist that {@code liveSyncDurationCount} aims to stay behind, at most. */
  static final double LIVE_SYNC_TARGET_S = 120;

  /** New {@code liveSyncDurationCount}, or null to leave it. */
  final Integer liveSyncDurationCount;

  /** New {@code maxBufferLength} in seconds, or null to leave it. */
  final Double maxBufferLength;

  /** New {@code maxMaxBufferLength} in seconds, or null to leave it. */
  final Double maxMaxBufferLength;

  private HlsTuning(Integer count, Double maxBuffer, Double maxMaxBuffer) {
    this.liveSyncDurationCount = count;
    this.maxBufferLength = maxBuffer;
    this.maxMaxBufferLength = maxMaxBuffer;
  }

  /**
   * The tuning for one {@code hlsLevelUpdated}. The parameters are passed one by one rather than as
   * a parameter object: that class would ship in the bundle although TeaVM removes every allocation
   * of it. {@code appSet*}: the application set the option in {@code hls.userConfig}; {@code
   * current*}: {@code hls.config}'s value (NaN when unknown); the high-demand windows of the main
   * and secondary streams in seconds.
   */
  static HlsTuning compute(
      boolean isLive,
      int fragmentCount,
      double targetDurationS,
      boolean appSetLiveSyncDuration,
      boolean appSetLiveSyncDurationCount,
      boolean appSetMaxBufferLength,
      boolean appSetMaxMaxBufferLength,
      double currentMaxBufferLength,
      double currentMaxMaxBufferLength,
      double mainHighDemandWindowS,
      double secondaryHighDemandWindowS) {
    if (fragmentCount <= MIN_FRAGMENTS_EXCLUSIVE) {
      return new HlsTuning(null, null, null);
    }
    double target = targetDurationS > 0 ? targetDurationS : 0;
    Integer count = null;
    if (isLive && !appSetLiveSyncDuration && !appSetLiveSyncDurationCount) {
      int byWindow = fragmentCount - 1;
      count =
          target > 0 ? (int) Math.min(byWindow, Math.floor(LIVE_SYNC_TARGET_S / target)) : byWindow;
    }
    Double maxBuffer = null;
    Double maxMaxBuffer = null;
    if (!appSetMaxBufferLength && !appSetMaxMaxBufferLength) {
      double value =
          Math.max(2 * target, Math.max(mainHighDemandWindowS, secondaryHighDemandWindowS));
      maxBuffer = lowered(currentMaxBufferLength, value);
      maxMaxBuffer = lowered(currentMaxMaxBufferLength, value);
    }
    return new HlsTuning(count, maxBuffer, maxMaxBuffer);
  }

  /** {@code value} when it is below {@code current} (or current is unknown), else null. */
  private static Double lowered(double current, double value) {
    return Double.isNaN(current) || value < current ? value : null;
  }
}
