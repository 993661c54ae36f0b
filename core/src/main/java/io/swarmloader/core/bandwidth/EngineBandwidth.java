package io.swarmloader.core.bandwidth;

import io.swarmloader.core.platform.Clock;

/**
 * The engine-wide bandwidth state shared by both stream types' loaders (player-integration.md
 * §5.13): an estimator over all downloads, one over HTTP downloads only, and the reporter that
 * turns them into the figure handed to the player. Per-peer estimates belong to each remote peer.
 */
public final class EngineBandwidth {
  private final BandwidthEstimator allDownloads;
  private final BandwidthEstimator httpOnly;
  private final BandwidthReporter reporter;

  public EngineBandwidth(Clock clock) {
    this.allDownloads = new BandwidthEstimator(clock);
    this.httpOnly = new BandwidthEstimator(clock);
    this.reporter = new BandwidthReporter(clock, allDownloads, httpOnly);
  }

  /** Every download, HTTP and P2P. */
  public BandwidthEstimator allDownloads() {
    return allDownloads;
  }

  /** HTTP downloads only. */
  public BandwidthEstimator httpOnly() {
    return httpOnly;
  }

  public BandwidthReporter reporter() {
    return reporter;
  }
}
