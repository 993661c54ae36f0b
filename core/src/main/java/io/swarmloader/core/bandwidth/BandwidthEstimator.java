package io.swarmloader.core.bandwidth;

import io.swarmloader.core.platform.Clock;

/**
 * Download-rate estimator of player-integration.md §5.13. Keeps one sample per received chunk: its
 * byte count, the real clock time, and the "loading-only" time, a clock that runs only while at
 * least one download is active.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Every {@link #onDownloadStart()} is paired with exactly one {@link #onDownloadEnd()} (end
 *       of the attempt by success, failure or abort); {@link #addBytes} is called for each chunk.
 *   <li>Starting a download drops the samples older than {@link #SAMPLE_MAX_AGE_LOADING_ONLY_MS} of
 *       loading-only time.
 *   <li>A rate over a window is {@code bytes × 8000 / max(span ms, 1)} bits per second, where the
 *       span runs from the oldest sample inside the window to now (in the same timeline). A single
 *       fresh sample therefore reads very high, on purpose.
 * </ul>
 *
 * Single-threaded; all arithmetic is int and double (teavm-notes.md: no long in hot paths).
 */
public final class BandwidthEstimator {
  /** Samples older than this much loading-only time are dropped when a download starts. */
  public static final int SAMPLE_MAX_AGE_LOADING_ONLY_MS = 20_000;

  private static final int INITIAL_CAPACITY = 64;

  private final Clock clock;

  // Samples live in [head, head + size) of three parallel arrays, oldest first.
  private int[] sampleBytes = new int[INITIAL_CAPACITY];
  private double[] sampleRealMs = new double[INITIAL_CAPACITY];
  private double[] sampleLoadingMs = new double[INITIAL_CAPACITY];
  private int head;
  private int size;

  /** Number of downloads in progress; the loading-only clock runs while it is above 0. */
  private int activeDownloads;

  /** Loading-only time accumulated up to {@link #activeSinceMs}. */
  private double loadingAccumulatedMs;

  /** Real time when {@link #activeDownloads} last went from 0 to 1. */
  private double activeSinceMs;

  public BandwidthEstimator(Clock clock) {
    this.clock = clock;
  }

  /** A download attempt starts: drops stale samples and starts the loading-only clock. */
  public void onDownloadStart() {
    double threshold = loadingOnlyNowMs() - SAMPLE_MAX_AGE_LOADING_ONLY_MS;
    while (size > 0 && sampleLoadingMs[head] < threshold) {
      head++;
      size--;
    }
    if (size == 0) {
      head = 0;
    }
    if (activeDownloads == 0) {
      activeSinceMs = clock.nowMs();
    }
    activeDownloads++;
  }

  /** A download attempt ended (success, failure or abort). Unpaired calls are ignored. */
  public void onDownloadEnd() {
    if (activeDownloads == 0) {
      return;
    }
    activeDownloads--;
    if (activeDownloads == 0) {
      loadingAccumulatedMs += clock.nowMs() - activeSinceMs;
    }
  }

  /** Records one received chunk. */
  public void addBytes(int bytes) {
    if (head + size == sampleBytes.length) {
      makeRoom();
    }
    int at = head + size;
    sampleBytes[at] = bytes;
    sampleRealMs[at] = clock.nowMs();
    sampleLoadingMs[at] = loadingOnlyNowMs();
    size++;
  }

  public int activeDownloadCount() {
    return activeDownloads;
  }

  public int sampleCount() {
    return size;
  }

  /** The loading-only clock: real time spent with at least one download active. */
  public double loadingOnlyNowMs() {
    return activeDownloads > 0
        ? loadingAccumulatedMs + clock.nowMs() - activeSinceMs
        : loadingAccumulatedMs;
  }

  /**
   * Bits per second over the last {@code windowMs} of real time, ignoring samples taken before
   * {@code ignoreBeforeRealMs} (use {@code Double.NEGATIVE_INFINITY} to keep all). 0 without
   * samples.
   */
  public double realTimeRateBps(int windowMs, double ignoreBeforeRealMs) {
    double nowMs = clock.nowMs();
    double from = Math.max(nowMs - windowMs, ignoreBeforeRealMs);
    return rate(sampleRealMs, nowMs, from);
  }

  /** Bits per second over the last {@code windowMs} of loading-only time. 0 without samples. */
  public double loadingOnlyRateBps(int windowMs) {
    double nowMs = loadingOnlyNowMs();
    return rate(sampleLoadingMs, nowMs, nowMs - windowMs);
  }

  private double rate(double[] times, double nowMs, double fromMs) {
    double bytes = 0;
    double oldestMs = nowMs;
    boolean any = false;
    for (int i = head + size - 1; i >= head; i--) {
      if (times[i] < fromMs) {
        break;
      }
      bytes += sampleBytes[i];
      oldestMs = times[i];
      any = true;
    }
    if (!any) {
      return 0;
    }
    return bytes * 8000 / Math.max(nowMs - oldestMs, 1);
  }

  private void makeRoom() {
    int capacity = size * 2 > sampleBytes.length ? sampleBytes.length * 2 : sampleBytes.length;
    int[] bytes = new int[capacity];
    double[] real = new double[capacity];
    double[] loading = new double[capacity];
    System.arraycopy(sampleBytes, head, bytes, 0, size);
    System.arraycopy(sampleRealMs, head, real, 0, size);
    System.arraycopy(sampleLoadingMs, head, loading, 0, size);
    sampleBytes = bytes;
    sampleRealMs = real;
    sampleLoadingMs = loading;
    head = 0;
  }
}
