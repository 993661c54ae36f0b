package io.swarmloader.core.p2p;

import io.swarmloader.core.platform.Clock;
import java.util.ArrayList;

/**
 * Download speed from one peer (player-integration.md §5.7): bits per second over the last 15 s of
 * active loading, cached for 1 s, cleared after errors.
 *
 * <p>Time is counted on a "loading clock" that runs only while a download from the peer is in
 * progress. Each chunk is a sample spanning the loading time since the previous chunk (or since the
 * download started), so the first response delay counts against the peer.
 */
final class PeerSpeed {
  static final int WINDOW_MS = 15_000;
  static final int CACHE_MS = 1_000;

  private final Clock clock;
  // Oldest first; about one sample leaves per sample added, so removing at the front is cheap.
  private final ArrayList<Sample> samples = new ArrayList<>();
  private double loadingBeforeMs;
  private double activeSinceMs = -1;
  private double nextSampleStartMs;
  private double cachedBps;
  private double cachedAtMs = Double.NEGATIVE_INFINITY;

  PeerSpeed(Clock clock) {
    this.clock = clock;
  }

  /** A download from the peer started; the loading clock runs. */
  void startLoading() {
    if (activeSinceMs < 0) {
      activeSinceMs = clock.nowMs();
      nextSampleStartMs = loadingNowMs();
    }
  }

  /** The download ended; the loading clock stops. */
  void stopLoading() {
    if (activeSinceMs >= 0) {
      loadingBeforeMs += clock.nowMs() - activeSinceMs;
      activeSinceMs = -1;
    }
  }

  void addSample(int bytes) {
    double t = loadingNowMs();
    samples.add(new Sample(nextSampleStartMs, t, bytes));
    nextSampleStartMs = t;
    while (!samples.isEmpty() && samples.get(0).endMs <= t - WINDOW_MS) {
      samples.remove(0);
    }
  }

  /** Forgets the history (after a timeout, §8.2 rule 9). */
  void clear() {
    samples.clear();
    cachedBps = 0;
    cachedAtMs = Double.NEGATIVE_INFINITY;
  }

  double bitsPerSecond() {
    double now = clock.nowMs();
    if (now - cachedAtMs < CACHE_MS) {
      return cachedBps;
    }
    cachedAtMs = now;
    cachedBps = compute();
    return cachedBps;
  }

  private double compute() {
    double t = loadingNowMs();
    double windowStartMs = t - WINDOW_MS;
    double bytes = 0;
    double firstMs = t;
    for (Sample s : samples) {
      if (s.endMs > windowStartMs) {
        bytes += s.bytes;
        firstMs = Math.min(firstMs, s.startMs);
      }
    }
    if (bytes == 0) {
      return 0;
    }
    double spanMs = t - Math.max(firstMs, windowStartMs);
    return bytes * 8000 / Math.max(spanMs, 1);
  }

  private double loadingNowMs() {
    return loadingBeforeMs + (activeSinceMs >= 0 ? clock.nowMs() - activeSinceMs : 0);
  }

  /** One chunk on the loading clock (a plain class: a record's equals would only add bytes). */
  private static final class Sample {
    final double startMs;
    final double endMs;
    final int bytes;

    Sample(double startMs, double endMs, int bytes) {
      this.startMs = startMs;
      this.endMs = endMs;
      this.bytes = bytes;
    }
  }
}
