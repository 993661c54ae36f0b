package io.swarmloader.core.scheduling;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.events.DownloadSource;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.p2p.RemotePeer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * P2P side of the scheduler (player-integration.md §5.5 to §5.7): the {@code
 * simultaneousP2PDownloads} slots, at most one download from each peer, which peer serves which
 * request, and aborting a later P2P download for a high-demand item. P2P failures never reject the
 * player's request; they only count against peers (in the peer layer).
 */
final class P2pScheduler {
  private final Supplier<StreamConfig> config;
  private final RequestRegistry registry;
  private final AttemptLauncher launcher;
  private final PeerChooser chooser;
  private final Supplier<List<RemotePeer>> peers;

  P2pScheduler(
      Supplier<StreamConfig> config,
      RequestRegistry registry,
      AttemptLauncher launcher,
      PeerChooser chooser,
      Supplier<List<RemotePeer>> peers) {
    this.config = config;
    this.registry = registry;
    this.launcher = launcher;
    this.chooser = chooser;
    this.peers = peers;
  }

  boolean hasFreeSlot() {
    return registry.downloadingCount(DownloadSource.P2P) < slotCount();
  }

  /** Starts a P2P attempt if a slot is free and a peer with the segment in {@code l} is idle. */
  boolean tryStart(Segment segment) {
    if (!hasFreeSlot()) {
      return false;
    }
    List<RemotePeer> candidates = candidates(segment.externalId());
    if (candidates.isEmpty()) {
      return false;
    }
    launcher.startP2p(registry.getOrCreate(segment), chooser.choose(candidates));
    return true;
  }

  /**
   * For a high-demand item: like {@link #tryStart}, but when no slot or no idle candidate is
   * available, aborts the later P2P download furthest back in the queue whose abort makes both
   * available (its peer may be the one that has the segment).
   */
  boolean tryStartHighDemand(DownloadQueue queue, int index, Segment segment) {
    if (tryStart(segment)) {
      return true;
    }
    long externalId = segment.externalId();
    boolean idleCandidate = !candidates(externalId).isEmpty();
    boolean slotAfterOneAbort = registry.downloadingCount(DownloadSource.P2P) - 1 < slotCount();
    if (!slotAfterOneAbort) {
      return false;
    }
    List<QueueItem> items = queue.items();
    for (int j = items.size() - 1; j > index; j--) {
      Request later = registry.get(items.get(j).segment().runtimeId());
      if (later == null || !later.isDownloadingOver(DownloadSource.P2P)) {
        continue;
      }
      if (idleCandidate || later.attempt.peer.hasLoaded(externalId)) {
        launcher.abort(later);
        return tryStart(segment);
      }
    }
    return false;
  }

  /** True when a connected peer announced the segment in {@code l}, busy serving us or not. */
  boolean isHeldByPeer(long externalId) {
    for (RemotePeer peer : peers.get()) {
      if (peer.hasLoaded(externalId)) {
        return true;
      }
    }
    return false;
  }

  /** Connected peers that announced the segment in {@code l} and are not serving us already. */
  List<RemotePeer> candidates(long externalId) {
    List<RemotePeer> result = new ArrayList<>();
    for (RemotePeer peer : peers.get()) {
      if (peer.hasLoaded(externalId) && !peer.isDownloading()) {
        result.add(peer);
      }
    }
    return result;
  }

  private int slotCount() {
    return config.get().simultaneousP2PDownloads();
  }
}
