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
 * Random HTTP seeding (player-integration.md §5.8). A self-rescheduling timer fires after {@code
 * 1000 ms + random × 1000 ms × connectedPeers} (peer count taken when scheduling). Each tick:
 *
 * <ol>
 *   <li>skips if the initial hold is active, storage has at most 10 % free, HTTP slots are full, or
 *       no peer is connected;
 *   <li>collects candidates in queue order: HTTP-downloadable, not P2P-downloadable, not stored,
 *       not downloading or done, fewer than {@code httpErrorRetries} HTTP failures;
 *   <li>with {@code P = peers + 1}, takes the first {@code min(#candidates,
 *       simultaneousHttpDownloads × P)} and shuffles them;
 *   <li>sets {@code p = count / P}; for each: stops when HTTP slots are full, downloads it if
 *       {@code p ≥ 1} or {@code random ≤ p}, subtracts 1 from {@code p}, and stops when {@code p ≤
 *       0}.
 * </ol>
 *
 * On average each tick fetches {@code count / (peers + 1)} segments nobody in the swarm has.
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
      StoredSegments storage,
      HttpScheduler http,
      RequestRegistry registry,
      Supplier<DownloadQueue> queue) {
    this.scheduler = scheduler;
    this.random = random;
    this.config = config;
    this.peers = peers;
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
    int peerCount = peers.get().size();
    if (http.isHoldActive()
        || storage.freeRatio() <= Windows.LOW_FREE_RATIO
        || !http.hasFreeSlot()
        || peerCount == 0) {
      return 0;
    }
    List<Segment> candidates = candidates();
    int swarmSize = peerCount + 1;
    int count = Math.min(candidates.size(), config.get().simultaneousHttpDownloads() * swarmSize);
    List<Segment> chosen = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      chosen.add(candidates.get(i)); // a loop, not subList: keeps subList out of the bundles
    }
    shuffle(chosen);
    double p = (double) count / swarmSize;
    int started = 0;
    for (Segment segment : chosen) {
      if (!http.hasFreeSlot()) {
        break;
      }
      if (p >= 1 || random.nextDouble() <= p) {
        http.start(segment);
        started++;
      }
      p -= 1;
      if (p <= 0) {
        break;
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

  /** Fisher–Yates with the injected random source. */
  private void shuffle(List<Segment> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Segment swap = list.get(i);
      list.set(i, list.get(j));
      list.set(j, swap);
    }
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
