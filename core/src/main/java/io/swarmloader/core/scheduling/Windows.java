package io.swarmloader.core.scheduling;

import io.swarmloader.core.config.StreamConfig;

/**
 * The three time windows ahead of the playhead in effect for one pass, after storage-pressure
 * shrinking (player-integration.md §5.3, §6.4). Milliseconds of media time at rate 1. {@code
 * httpFirstMs} is the part of the high-demand window where HTTP comes first (SwarmLoader only), at
 * most {@code highDemandMs}.
 */
record Windows(int highDemandMs, int httpFirstMs, int httpMs, int p2pMs) {
  /** Free storage ratio at or below which the P2P window shrinks to the HTTP window. */
  static final double LOW_FREE_RATIO = 0.10;

  /** Free storage ratio at or below which the HTTP and P2P windows become 0. */
  static final double CRITICAL_FREE_RATIO = 0.05;

  static Windows of(StreamConfig config, double freeRatio) {
    int httpMs = config.httpDownloadWindowMs();
    int p2pMs = config.p2pDownloadWindowMs();
    if (freeRatio <= CRITICAL_FREE_RATIO) {
      httpMs = 0;
      p2pMs = 0;
    } else if (freeRatio <= LOW_FREE_RATIO) {
      p2pMs = httpMs;
    }
    int highDemandMs = config.highDemandWindowMs();
    return new Windows(
        highDemandMs, Math.min(config.httpFirstWindowMs(), highDemandMs), httpMs, p2pMs);
  }
}
