package io.swarmloader.core.scheduling;

import io.swarmloader.core.model.Segment;

/**
 * One segment of the download queue with its statuses (player-integration.md §5.3).
 *
 * @param highDemand in the high-demand window (or forced there by the first-segment rule)
 * @param httpDownloadable in the HTTP window
 * @param p2pDownloadable in the P2P window and announced by a connected peer in {@code l} or {@code
 *     p}
 */
record QueueItem(
    Segment segment, boolean highDemand, boolean httpDownloadable, boolean p2pDownloadable) {

  boolean hasAnyStatus() {
    return highDemand || httpDownloadable || p2pDownloadable;
  }
}
