package io.swarmloader.core.scheduling;

import io.swarmloader.core.bandwidth.BandwidthReporter;
import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.error.CoreRequestError;
import io.swarmloader.core.events.CoreEventListener;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.platform.Clock;
import java.util.function.Supplier;

/**
 * Step 1 of a queue pass (player-integration.md §5.5), over all requests:
 *
 * <ul>
 *   <li>downloading: if no longer queued and not the player's request, abort ({@code
 *       onSegmentAbort}) and drop;
 *   <li>succeeded: if it is the player's request, deliver the data with the bandwidth figure (and
 *       {@code onSegmentLoaded}); store the segment and drop the request once stored. A refused
 *       store keeps the request as the "downloaded" mark while the segment stays queued;
 *   <li>failed: reject the player's request with {@code failed} once its HTTP failures reach {@code
 *       httpErrorRetries}; drop the request if its segment left the playlist and it is not the
 *       player's;
 *   <li>not started, aborted: drop unless queued or the player's. SwarmLoader keeps the partial
 *       bytes while the segment is still queued (§7 #22).
 * </ul>
 *
 * A failure history older than 60 s is cleared. The HTTP re-announcements happen when HTTP attempts
 * start and end ({@link AttemptLauncher}).
 */
final class Housekeeping {
  private final StreamType streamType;
  private final Clock clock;
  private final Supplier<StreamConfig> config;
  private final RequestRegistry registry;
  private final AttemptLauncher launcher;
  private final StreamSegments segments;
  private final StoredSegments storage;
  private final CoreEventListener events;
  private final BandwidthReporter reporter;
  private final LocalStatePublisher publisher;
  private final ProcessingLoop loop;

  Housekeeping(
      HybridLoaderContext context,
      RequestRegistry registry,
      AttemptLauncher launcher,
      LocalStatePublisher publisher,
      ProcessingLoop loop) {
    this.streamType = context.streamType();
    this.clock = context.clock();
    this.config = context.config();
    this.segments = context.segments();
    this.storage = context.storage();
    this.events = context.events();
    this.reporter = context.bandwidth().reporter();
    this.registry = registry;
    this.launcher = launcher;
    this.publisher = publisher;
    this.loop = loop;
  }

  void run(DownloadQueue queue) {
    double nowMs = clock.nowMs();
    int httpErrorRetries = config.get().httpErrorRetries();
    for (Request request : registry.snapshot()) {
      if (loop.isDestroyed()) {
        return;
      }
      request.clearFailureHistoryIfExpired(nowMs);
      boolean queued = queue.contains(request.runtimeId());
      boolean keep = queued || registry.isPendingFor(request);
      int state = request.state;
      if (state == RequestState.SUCCEEDED) {
        handleSucceeded(request, queued, queue.downloadRatio());
      } else if (state == RequestState.FAILED) {
        handleFailed(request, httpErrorRetries);
      } else if (!keep) {
        if (state == RequestState.DOWNLOADING) {
          launcher.abort(request);
        }
        registry.remove(request); // NOT_STARTED, ABORTED, or DOWNLOADING
      }
    }
  }

  private void handleSucceeded(Request request, boolean queued, double queueDownloadRatio) {
    if (registry.isPendingFor(request)) {
      PlayerRequest player = registry.pending();
      registry.clearPending();
      events.onSegmentLoaded(
          request.segment.url(),
          request.data.length,
          request.loadedFrom,
          request.loadedFromPeerId,
          streamType);
      player.resolve(request.data, reporter.bandwidthBps(queueDownloadRatio));
    }
    if (!request.storeStarted) {
      request.storeStarted = true;
      storage.store(request.segment, request.data, stored -> onStoreDone(request, stored));
    } else if (request.storeRefused && !queued && !registry.isPendingFor(request)) {
      registry.remove(request);
    }
  }

  private void onStoreDone(Request request, boolean stored) {
    if (loop.isDestroyed()
        || registry.get(request.runtimeId()) != request
        || request.state != RequestState.SUCCEEDED) {
      return;
    }
    if (stored) {
      registry.remove(request);
      publisher.publish();
    } else {
      request.storeRefused = true;
    }
  }

  private void handleFailed(Request request, int httpErrorRetries) {
    boolean isPlayers = registry.isPendingFor(request);
    if (isPlayers && request.httpFailureCount >= httpErrorRetries) {
      PlayerRequest player = registry.pending();
      registry.clearPending();
      player.reject(CoreRequestError.Kind.FAILED, "HTTP retries exhausted");
      isPlayers = false;
    }
    if (!isPlayers && segments.indexOf(request.runtimeId()) < 0) {
      registry.remove(request);
    }
  }
}
