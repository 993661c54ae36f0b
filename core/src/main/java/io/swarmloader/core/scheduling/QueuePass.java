package io.swarmloader.core.scheduling;

import io.swarmloader.core.events.DownloadSource;
import io.swarmloader.core.model.Segment;
import java.util.List;
import java.util.function.Supplier;

/**
 * One queue pass (player-integration.md §5.5): build the queue, then
 *
 * <ol>
 *   <li>housekeeping ({@link Housekeeping});
 *   <li>initial HTTP hold ({@link HttpHold}): no HTTP while it lasts;
 *   <li>"start immediately" after a significant seek: when the player's request is missing, not
 *       started, failed or aborted: HTTP if allowed and a slot is free, otherwise P2P if a peer has
 *       it in {@code l} and a P2P slot is free;
 *   <li>walk the queue (succeeded items skipped):
 *       <ul>
 *         <li>high-demand item downloading over P2P, within {@code httpFirstTimeWindow}: if HTTP is
 *             allowed and a slot is free or a later HTTP download can be aborted, abort the P2P
 *             attempt and continue over HTTP, resuming from the bytes held;
 *         <li>high-demand item not downloading, beyond {@code httpFirstTimeWindow}, that a
 *             connected peer holds in {@code l}: P2P if a slot is free or a later P2P download can
 *             be aborted, otherwise wait;
 *         <li>the same item that no connected peer holds, while the loader is younger than {@code
 *             initialPeerWaitMs}: wait (peers may connect and hold it);
 *         <li>other high-demand item not downloading: HTTP if allowed and a slot is free or a later
 *             HTTP download can be aborted; otherwise P2P if a peer has it in {@code l} and a P2P
 *             slot is free or a later P2P download can be aborted;
 *         <li>any other item: P2P only, if P2P-downloadable, not downloading, and a slot is free.
 *       </ul>
 * </ol>
 *
 * <p>{@code httpFirstTimeWindow} is SwarmLoader's: 2.3 puts HTTP first in the whole high-demand
 * window, so a peer joining a swarm fetches its first 15 s over HTTP even when its peers hold them
 * (set {@code httpFirstTimeWindow} to {@code highDemandTimeWindow} for that behaviour). With the
 * initial peer wait, a new viewer loads only the first {@code httpFirstTimeWindow} over HTTP at
 * once and gives its peers {@code initialPeerWaitMs} to connect before HTTP fetches the rest of the
 * high-demand window; playback starts as early as before. A P2P download that is still running when
 * its segment enters the window moves to HTTP as above, so a slow peer costs no more than the bytes
 * it delivered saved.
 *
 * <p>"HTTP allowed" means no hold and fewer HTTP failures than {@code httpErrorRetries}. Step 3
 * uses the same test (2.3 writes a literal 3, the default of {@code httpErrorRetries}).
 */
final class QueuePass implements Runnable {
  private final RequestRegistry registry;
  private final Supplier<DownloadQueue> queueBuilder;
  private final Housekeeping housekeeping;
  private final HttpHold hold;
  private final HttpScheduler http;
  private final P2pScheduler p2p;
  private final AttemptLauncher launcher;
  private final ProcessingLoop loop;

  private DownloadQueue lastQueue = DownloadQueue.EMPTY;

  QueuePass(
      RequestRegistry registry,
      Supplier<DownloadQueue> queueBuilder,
      Housekeeping housekeeping,
      HttpHold hold,
      HttpScheduler http,
      P2pScheduler p2p,
      AttemptLauncher launcher,
      ProcessingLoop loop) {
    this.registry = registry;
    this.queueBuilder = queueBuilder;
    this.housekeeping = housekeeping;
    this.hold = hold;
    this.http = http;
    this.p2p = p2p;
    this.launcher = launcher;
    this.loop = loop;
  }

  /** The queue of the latest pass. */
  DownloadQueue lastQueue() {
    return lastQueue;
  }

  @Override
  public void run() {
    DownloadQueue queue = queueBuilder.get();
    lastQueue = queue;
    housekeeping.run(queue);
    // A player callback run by housekeeping may have destroyed the loader.
    if (loop.isDestroyed()) {
      return;
    }
    hold.checkAndArm();
    startImmediately();
    walk(queue);
  }

  private void startImmediately() {
    PlayerRequest player = registry.pending();
    if (player == null || !player.startImmediately) {
      return;
    }
    player.startImmediately = false;
    Request request = registry.get(player.segment.runtimeId());
    if (request != null
        && (request.state == RequestState.DOWNLOADING || request.state == RequestState.SUCCEEDED)) {
      return;
    }
    if (http.isHttpAllowed(request) && http.hasFreeSlot()) {
      http.start(player.segment);
    } else {
      p2p.tryStart(player.segment);
    }
  }

  private void walk(DownloadQueue queue) {
    List<QueueItem> items = queue.items();
    for (int i = 0; i < items.size() && !loop.isDestroyed(); i++) {
      QueueItem item = items.get(i);
      Request request = registry.get(item.segment().runtimeId());
      if (request != null && request.state == RequestState.SUCCEEDED) {
        continue;
      }
      if (item.highDemand()) {
        walkHighDemand(queue, i, item, request);
      } else if (item.p2pDownloadable() && (request == null || !request.isDownloading())) {
        p2p.tryStart(item.segment());
      }
    }
  }

  private void walkHighDemand(DownloadQueue queue, int index, QueueItem item, Request request) {
    Segment segment = item.segment();
    if (request != null && request.isDownloadingOver(DownloadSource.P2P)) {
      if (item.httpFirst() && http.isHttpAllowed(request) && http.acquireSlot(queue, index)) {
        launcher.abort(request);
        http.start(segment);
      }
      return;
    }
    if (request != null && request.isDownloading()) {
      return;
    }
    if (!item.httpFirst()) {
      if (p2p.isHeldByPeer(segment.externalId())) {
        p2p.tryStartHighDemand(queue, index, segment);
        return;
      }
      if (hold.isPeerWaitActive()) {
        return;
      }
    }
    if (http.isHttpAllowed(request) && http.acquireSlot(queue, index)) {
      http.start(segment);
      return;
    }
    p2p.tryStartHighDemand(queue, index, segment);
  }
}
