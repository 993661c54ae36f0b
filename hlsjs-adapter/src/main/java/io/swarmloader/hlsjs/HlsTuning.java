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
   * What the adapter reads. A plain class rather than a record: the record's accessors would ship
   * in the bundle as functions of their own.
   */
  static final class Inputs {
    final boolean isLive;
    final int fragmentCount;
    final double targetDurationS;
    final boolean appSetLiveSyncDuration;
    final boolean appSetLiveSyncDurationCount;
    final boolean appSetMaxBufferLength;
    final boolean appSetMaxMaxBufferLength;
    final double currentMaxBufferLength;
    final double currentMaxMaxBufferLength;
    final double mainHighDemandWindowS;
    final double secondaryHighDemandWindowS;

    Inputs(
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
      this.isLive = isLive;
      this.fragmentCount = fragmentCount;
      this.targetDurationS = targetDurationS;
      this.appSetLiveSyncDuration = appSetLiveSyncDuration;
      this.appSetLiveSyncDurationCount = appSetLiveSyncDurationCount;
      this.appSetMaxBufferLength = appSetMaxBufferLength;
      this.appSetMaxMaxBufferLength = appSetMaxMaxBufferLength;
      this.currentMaxBufferLength = currentMaxBufferLength;
      this.currentMaxMaxBufferLength = currentMaxMaxBufferLength;
      this.mainHighDemandWindowS = mainHighDemandWindowS;
      this.secondaryHighDemandWindowS = secondaryHighDemandWindowS;
    }
  }

  static HlsTuning compute(Inputs in) {
    if (in.fragmentCount <= MIN_FRAGMENTS_EXCLUSIVE) {
      return new HlsTuning(null, null, null);
    }
    double target = in.targetDurationS > 0 ? in.targetDurationS : 0;
    Integer count = null;
    if (in.isLive && !in.appSetLiveSyncDuration && !in.appSetLiveSyncDurationCount) {
      int byWindow = in.fragmentCount - 1;
      count =
          target > 0 ? (int) Math.min(byWindow, Math.floor(LIVE_SYNC_TARGET_S / target)) : byWindow;
    }
    Double maxBuffer = null;
    Double maxMaxBuffer = null;
    if (!in.appSetMaxBufferLength && !in.appSetMaxMaxBufferLength) {
      double value =
          Math.max(2 * target, Math.max(in.mainHighDemandWindowS, in.secondaryHighDemandWindowS));
      maxBuffer = lowered(in.currentMaxBufferLength, value);
      maxMaxBuffer = lowered(in.currentMaxMaxBufferLength, value);
    }
    return new HlsTuning(count, maxBuffer, maxMaxBuffer);
  }

  /** {@code value} when it is below {@code current} (or current is unknown), else null. */
  private static Double lowered(double current, double value) {
    return Double.isNaN(current) || value < current ? value : null;
  }
}
