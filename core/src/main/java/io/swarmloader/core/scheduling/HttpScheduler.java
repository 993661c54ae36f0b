package io.swarmloader.core.scheduling;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.events.DownloadSource;
import io.swarmloader.core.model.Segment;
import java.util.List;
import java.util.function.Supplier;

/**
 * HTTP side of the scheduler (player-integration.md §5.5, §5.6): the {@code
 * simultaneousHttpDownloads} slots, whether HTTP is allowed for a request, and freeing a slot for a
 * high-demand item by aborting the later HTTP download furthest back in the queue.
 */
final class HttpScheduler {
  private final Supplier<StreamConfig> config;
  private final RequestRegistry registry;
  private final AttemptLauncher launcher;
  private final HttpHold hold;

  HttpScheduler(
      Supplier<StreamConfig> config,
      RequestRegistry registry,
      AttemptLauncher launcher,
      HttpHold hold) {
    this.config = config;
    this.registry = registry;
    this.launcher = launcher;
    this.hold = hold;
  }

  /**
   * No initial hold, and fewer HTTP failures than {@code httpErrorRetries} (request may be null).
   */
  boolean isHttpAllowed(Request request) {
    return !hold.isActive() && (request == null || hasHttpRetriesLeft(request));
  }

  boolean hasHttpRetriesLeft(Request request) {
    return request.httpFailureCount < config.get().httpErrorRetries();
  }

  boolean isHoldActive() {
    return hold.isActive();
  }

  boolean hasFreeSlot() {
    return registry.downloadingCount(DownloadSource.HTTP)
        < config.get().simultaneousHttpDownloads();
  }

  /**
   * True when a slot is free, or after freeing one by aborting the HTTP download of the queue item
   * furthest back among those after {@code index}.
   */
  boolean acquireSlot(DownloadQueue queue, int index) {
    if (hasFreeSlot()) {
      return true;
    }
    List<QueueItem> items = queue.items();
    for (int j = items.size() - 1; j > index; j--) {
      Request later = registry.get(items.get(j).segment().runtimeId());
      if (later != null && later.isDownloadingOver(DownloadSource.HTTP)) {
        launcher.abort(later);
        return hasFreeSlot();
      }
    }
    return false;
  }

  /** Starts an HTTP attempt for the segment, resuming from the bytes its request holds. */
  void start(Segment segment) {
    launcher.startHttp(registry.getOrCreate(segment));
  }
}
