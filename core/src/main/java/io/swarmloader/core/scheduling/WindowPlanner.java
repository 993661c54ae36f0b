package io.swarmloader.core.scheduling;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.p2p.RemotePeer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Builds the download queue of one pass (player-integration.md §5.3, §5.4):
 *
 * <ol>
 *   <li>Start at the last segment the player requested and walk forward in registration order.
 *   <li>If the first segment has no status: when the second has none either the queue is empty;
 *       otherwise the first is forced to high demand and both are queued.
 *   <li>Stop at the first segment without any status.
 *   <li>Segments already stored or downloaded are left out but counted in the download ratio.
 * </ol>
 *
 * A segment is in window {@code W} when it overlaps {@code [position, position + W × rate]}.
 */
final class WindowPlanner {
  private final StreamSegments segments;
  private final StoredSegments storage;
  private final Supplier<List<RemotePeer>> peers;

  WindowPlanner(StreamSegments segments, StoredSegments storage, Supplier<List<RemotePeer>> peers) {
    this.segments = segments;
    this.storage = storage;
    this.peers = peers;
  }

  /**
   * @param start the last segment the player requested; null gives the empty queue
   * @param isDownloaded true for runtime IDs whose download already succeeded
   */
  DownloadQueue plan(
      Segment start,
      double positionS,
      double rate,
      StreamConfig config,
      Predicate<String> isDownloaded) {
    if (start == null) {
      return DownloadQueue.EMPTY;
    }
    List<Segment> list = segments.inPlaybackOrder();
    int first = segments.indexOf(start.runtimeId());
    if (first < 0) {
      return DownloadQueue.EMPTY;
    }
    Windows windows = Windows.of(config, storage.freeRatio());
    List<RemotePeer> connected = peers.get();
    List<QueueItem> items = new ArrayList<>();
    Set<String> walked = new HashSet<>();
    int loadedCount = 0;
    for (int i = first; i < list.size(); i++) {
      Segment segment = list.get(i);
      QueueItem item = statusOf(segment, positionS, rate, windows, connected);
      if (!item.hasAnyStatus()) {
        boolean secondHasStatus =
            i == first
                && i + 1 < list.size()
                && statusOf(list.get(i + 1), positionS, rate, windows, connected).hasAnyStatus();
        if (!secondHasStatus) {
          break;
        }
        // §5.4: a player request slightly behind the playhead
        item = new QueueItem(segment, /* highDemand= */ true, /* httpFirst= */ true, false, false);
      }
      walked.add(segment.runtimeId());
      if (storage.has(segment) || isDownloaded.test(segment.runtimeId())) {
        loadedCount++;
        continue;
      }
      items.add(item);
    }
    double ratio = walked.isEmpty() ? 0 : (double) loadedCount / walked.size();
    return new DownloadQueue(items, walked, ratio);
  }

  private static QueueItem statusOf(
      Segment segment, double positionS, double rate, Windows windows, List<RemotePeer> peers) {
    boolean highDemand = inWindow(segment, positionS, rate, windows.highDemandMs());
    boolean httpFirst = highDemand && inWindow(segment, positionS, rate, windows.httpFirstMs());
    boolean http = inWindow(segment, positionS, rate, windows.httpMs());
    boolean p2p =
        inWindow(segment, positionS, rate, windows.p2pMs())
            && isAnnounced(peers, segment.externalId());
    return new QueueItem(segment, highDemand, httpFirst, http, p2p);
  }

  static boolean inWindow(Segment segment, double positionS, double rate, int windowMs) {
    double windowEndS = positionS + windowMs / 1000.0 * rate;
    return segment.startTime() <= windowEndS && segment.endTime() >= positionS;
  }

  private static boolean isAnnounced(List<RemotePeer> peers, long externalId) {
    for (RemotePeer peer : peers) {
      if (peer.hasLoaded(externalId) || peer.isHttpLoading(externalId)) {
        return true;
      }
    }
    return false;
  }
}
