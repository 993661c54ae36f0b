package io.swarmloader.core.scheduling;

import io.swarmloader.core.error.CoreRequestError;
import io.swarmloader.core.events.DownloadSource;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.util.OrderedMap;
import java.util.List;

/**
 * One {@link Request} per segment, the single pending {@link PlayerRequest} of the stream type, and
 * the last segment the player asked for (the start of the queue, player-integration.md §5.4).
 *
 * <p>Invariant: at most one request per runtime ID; iteration order is creation order.
 */
final class RequestRegistry {
  private final OrderedMap<Request> requests = new OrderedMap<>();
  private PlayerRequest pending;
  private Segment lastRequested;

  Request get(String runtimeId) {
    return requests.get(runtimeId);
  }

  Request getOrCreate(Segment segment) {
    Request request = requests.get(segment.runtimeId());
    if (request == null) {
      request = new Request(segment);
      requests.put(segment.runtimeId(), request);
    }
    return request;
  }

  /** Removes this very request (not a newer one for the same segment). */
  void remove(Request request) {
    if (requests.get(request.runtimeId()) == request) {
      requests.remove(request.runtimeId());
    }
  }

  /** A copy of all requests, safe to iterate while requests are added or removed. */
  List<Request> snapshot() {
    return requests.valueList();
  }

  int size() {
    return requests.size();
  }

  int downloadingCount(DownloadSource source) {
    int count = 0;
    for (Request request : requests.valueList()) {
      if (request.isDownloadingOver(source)) {
        count++;
      }
    }
    return count;
  }

  /** The download of this runtime ID already succeeded and its data is still held. */
  boolean isSucceeded(String runtimeId) {
    Request request = requests.get(runtimeId);
    return request != null && request.state == RequestState.SUCCEEDED;
  }

  /** The pending player request, or null. */
  PlayerRequest pending() {
    return pending;
  }

  boolean isPendingFor(Request request) {
    return pending != null && pending.isFor(request.runtimeId());
  }

  /**
   * Makes a new player request pending and records its segment as the start of the queue. A
   * previous pending request is rejected with {@code aborted} (player-integration.md §2).
   */
  void replacePending(PlayerRequest next) {
    PlayerRequest previous = pending;
    pending = next;
    lastRequested = next.segment;
    if (previous != null) {
      previous.reject(CoreRequestError.Kind.ABORTED, "a newer segment request replaced this one");
    }
  }

  /** The player request has ended; it is no longer pending. */
  void clearPending() {
    pending = null;
  }

  Segment lastRequested() {
    return lastRequested;
  }

  void setLastRequested(Segment segment) {
    lastRequested = segment;
  }
}
