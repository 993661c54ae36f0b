package io.swarmloader.core.bandwidth;

import io.swarmloader.core.platform.Clock;

/**
 * Computes the bandwidth figure handed to the player with each delivered segment
 * (player-integration.md §5.13). Engine-wide: one instance serves both stream types, because the
 * active level bitrate and the estimators are engine-wide.
 *
 * <ul>
 *   <li>Active bitrate unknown (0): the all-downloads loading-only rate over 3 s.
 *   <li>Otherwise {@code B} = the maximum all-downloads real-time rate over 30, 60 and 90 s,
 *       ignoring samples taken before the last level switch. If {@code queueDownloadRatio >= 0.8}
 *       or {@code B >= 0.9 × active bitrate}: the maximum all-downloads loading-only rate over 1, 3
 *       and 5 s; otherwise {@code max(B, maximum HTTP-only loading-only rate over 1, 3 and 5 s)}.
 * </ul>
 */
public final class BandwidthReporter {
  /** Queue share already loaded at or above which the loading-only (burst) rate is reported. */
  public static final double LOADED_QUEUE_RATIO_THRESHOLD = 0.8;

  /** Share of the active bitrate at or above which the real-time rate counts as keeping up. */
  public static final double KEEPING_UP_BITRATE_RATIO = 0.9;

  private static final int[] REAL_TIME_WINDOWS_MS = {30_000, 60_000, 90_000};
  private static final int[] LOADING_ONLY_WINDOWS_MS = {1_000, 3_000, 5_000};
  private static final int UNKNOWN_BITRATE_WINDOW_MS = 3_000;

  private final Clock clock;
  private final BandwidthEstimator allDownloads;
  private final BandwidthEstimator httpOnly;

  private double activeBitrateBps;

  /** Real time of the last level switch; samples before it are ignored for {@code B}. */
  private double lastLevelSwitchMs = Double.NEGATIVE_INFINITY;

  public BandwidthReporter(
      Clock clock, BandwidthEstimator allDownloads, BandwidthEstimator httpOnly) {
    this.clock = clock;
    this.allDownloads = allDownloads;
    this.httpOnly = httpOnly;
  }

  /** The current variant bitrate; a different value than before marks a level switch. */
  public void setActiveLevelBitrate(double bitrateBps) {
    if (bitrateBps == activeBitrateBps) {
      return;
    }
    activeBitrateBps = bitrateBps;
    lastLevelSwitchMs = clock.nowMs();
  }

  public double activeLevelBitrateBps() {
    return activeBitrateBps;
  }

  /** Bits per second to hand to the player; {@code queueDownloadRatio} is in [0, 1]. */
  public double bandwidthBps(double queueDownloadRatio) {
    if (activeBitrateBps <= 0) {
      return allDownloads.loadingOnlyRateBps(UNKNOWN_BITRATE_WINDOW_MS);
    }
    double realTimeBps = 0;
    for (int windowMs : REAL_TIME_WINDOWS_MS) {
      realTimeBps =
          Math.max(realTimeBps, allDownloads.realTimeRateBps(windowMs, lastLevelSwitchMs));
    }
    if (queueDownloadRatio >= LOADED_QUEUE_RATIO_THRESHOLD
        || realTimeBps >= KEEPING_UP_BITRATE_RATIO * activeBitrateBps) {
      return maxLoadingOnly(allDownloads);
    }
    return Math.max(realTimeBps, maxLoadingOnly(httpOnly));
  }

  private static double maxLoadingOnly(BandwidthEstimator estimator) {
    double best = 0;
    for (int windowMs : LOADING_ONLY_WINDOWS_MS) {
      best = Math.max(best, estimator.loadingOnlyRateBps(windowMs));
    }
    return best;
  }
}
