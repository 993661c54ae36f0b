package io.swarmloader.core.scheduling;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.p2p.RemotePeer;
import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.RandomSource;
import io.swarmloader.core.platform.Scheduler;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * HTTP seeding (player-integration.md §5.8, with SwarmLoader's owner rule). A self-rescheduling
 * timer fires after {@code 1000 ms + random × 1000 ms × connectedPeers} (peer count taken when
 * scheduling). Each tick:
 *
 * <ol>
 *   <li>skips if the initial hold is active, storage has at most 10 % free, HTTP slots are full, or
 *       no peer is connected;
 *   <li>collects candidates in queue order: HTTP-downloadable, not P2P-downloadable (no connected
 *       peer holds it or announced it is loading it over HTTP), not stored, not downloading or
 *       done, fewer than {@code httpErrorRetries} HTTP failures;
 *   <li>with {@code P = peers + 1}, takes the first {@code min(#candidates,
 *       simultaneousHttpDownloads × P)};
 *   <li>downloads those this peer owns ({@link SeedOwner}: rendezvous hashing of the segment over
 *       its own and its connected peers' IDs) while HTTP slots are free.
 * </ol>
 *
 * Each tick fetches on average {@code count / P} segments nobody in the swarm has, as in 2.3, but
 * not at random: 2.3 draws each candidate with probability {@code count / P}, so on a live edge two
 * peers often fetch the same new segment, or the one whose timer fires first fetches every new
 * segment and the other gets it over P2P every time. With the owner rule, the peers that see each
 * other agree on one seeder per segment, and the seeders rotate.
 */
final class RandomHttpSeeder implements Runnable {
  /** Fixed part of the tick interval. */
  static final int BASE_INTERVAL_MS = 1_000;

  /** Random part of the interval per connected peer, multiplied by a uniform [0, 1) value. */
  static final int RANDOM_INTERVAL_PER_PEER_MS = 1_000;

  private final Scheduler scheduler;
  private final RandomSource random;
  private final Supplier<StreamConfig> config;
  private final Supplier<List<RemotePeer>> peers;
  private final Supplier<String> localPeerId;
  private final StoredSegments storage;
  private final HttpScheduler http;
  private final RequestRegistry registry;
  private final Supplier<DownloadQueue> queue;

  private Cancellable timer;
  private boolean destroyed;

  RandomHttpSeeder(
      Scheduler scheduler,
      RandomSource random,
      Supplier<StreamConfig> config,
      Supplier<List<RemotePeer>> peers,
      Supplier<String> localPeerId,
      StoredSegments storage,
      HttpScheduler http,
      RequestRegistry registry,
      Supplier<DownloadQueue> queue) {
    this.scheduler = scheduler;
    this.random = random;
    this.config = config;
    this.peers = peers;
    this.localPeerId = localPeerId;
    this.storage = storage;
    this.http = http;
    this.registry = registry;
    this.queue = queue;
  }

  /** Schedules the first tick. */
  void start() {
    scheduleNext();
  }

  void destroy() {
    destroyed = true;
    if (timer != null) {
      timer.cancel();
      timer = null;
    }
  }

  /** One tick's work; returns how many HTTP downloads it started. */
  int seed() {
    List<RemotePeer> connected = peers.get();
    if (http.isHoldActive()
        || storage.freeRatio() <= Windows.LOW_FREE_RATIO
        || !http.hasFreeSlot()
        || connected.isEmpty()) {
      return 0;
    }
    List<Segment> candidates = candidates();
    int swarmSize = connected.size() + 1;
    int count = Math.min(candidates.size(), config.get().simultaneousHttpDownloads() * swarmSize);
    String self = localPeerId.get();
    int started = 0;
    for (int i = 0; i < count && http.hasFreeSlot(); i++) {
      Segment segment = candidates.get(i);
      if (SeedOwner.isOwner(self, connected, segment.externalId())) {
        http.start(segment);
        started++;
      }
    }
    return started;
  }

  private List<Segment> candidates() {
    List<Segment> result = new ArrayList<>();
    for (QueueItem item : queue.get().items()) {
      if (!item.httpDownloadable() || item.p2pDownloadable()) {
        continue;
      }
      Request request = registry.get(item.segment().runtimeId());
      if (request != null
          && (request.isDownloading()
              || request.state == RequestState.SUCCEEDED
              || !http.hasHttpRetriesLeft(request))) {
        continue;
      }
      result.add(item.segment());
    }
    return result;
  }

  private void scheduleNext() {
    if (destroyed) {
      return;
    }
    int peerCount = peers.get().size();
    int delayMs =
        BASE_INTERVAL_MS + (int) (random.nextDouble() * RANDOM_INTERVAL_PER_PEER_MS * peerCount);
    timer = scheduler.schedule(this, delayMs);
  }

  /** The seeding timer's task (the seeder is its own timer task: no extra lambda class). */
  @Override
  public void run() {
    timer = null;
    seed();
    scheduleNext();
  }
}
