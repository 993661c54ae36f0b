package io.swarmloader.core.scheduling;

import io.swarmloader.core.model.Segment;

/**
 * One segment of the download queue with its statuses (player-integration.md §5.3). A plain class
 * rather than a record: nothing compares queue items by value, and a record's generated {@code
 * equals} would only add to the bundle.
 */
final class QueueItem {
  private final Segment segment;
  private final boolean highDemand;
  private final boolean httpFirst;
  private final boolean httpDownloadable;
  private final boolean p2pDownloadable;

  /**
   * @param highDemand in the high-demand window (or forced there by the first-segment rule)
   * @param httpFirst in the part of the high-demand window where HTTP comes first (or forced there
   *     with high demand)
   * @param httpDownloadable in the HTTP window
   * @param p2pDownloadable in the P2P window and announced by a connected peer in {@code l} or
   *     {@code p}
   */
  QueueItem(
      Segment segment,
      boolean highDemand,
      boolean httpFirst,
      boolean httpDownloadable,
      boolean p2pDownloadable) {
    this.segment = segment;
    this.highDemand = highDemand;
    this.httpFirst = httpFirst;
    this.httpDownloadable = httpDownloadable;
    this.p2pDownloadable = p2pDownloadable;
  }

  Segment segment() {
    return segment;
  }

  boolean highDemand() {
    return highDemand;
  }

  /**
   * True when HTTP comes first for this high-demand item: it is within {@code httpFirstTimeWindow}
   * of the playhead. Further out, a high-demand item a connected peer holds goes to peers first.
   */
  boolean httpFirst() {
    return httpFirst;
  }

  boolean httpDownloadable() {
    return httpDownloadable;
  }

  boolean p2pDownloadable() {
    return p2pDownloadable;
  }

  boolean hasAnyStatus() {
    return highDemand || httpDownloadable || p2pDownloadable;
  }
}
