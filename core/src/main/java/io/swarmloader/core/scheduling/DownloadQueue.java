package io.swarmloader.core.scheduling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The result of one queue walk (player-integration.md §5.4): the items still to download, in
 * playback order, and every runtime ID the walk passed, including the segments left out because
 * they were already stored or downloaded.
 *
 * @param items segments to download, nearest first
 * @param walkedRuntimeIds every segment the walk passed; "queued" in the housekeeping sense
 * @param downloadRatio already loaded / walked, 0 when nothing was walked (§5.13)
 */
record DownloadQueue(List<QueueItem> items, Set<String> walkedRuntimeIds, double downloadRatio) {

  static final DownloadQueue EMPTY = new DownloadQueue(new ArrayList<>(), new HashSet<>(), 0);

  /** The segment is part of the current queue (downloadable or already loaded). */
  boolean contains(String runtimeId) {
    return walkedRuntimeIds.contains(runtimeId);
  }

  /** Position of the segment among {@link #items()}, or -1. */
  int indexOf(String runtimeId) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).segment().runtimeId().equals(runtimeId)) {
        return i;
      }
    }
    return -1;
  }
}
