package io.swarmloader.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.bandwidth.EngineBandwidth;
import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.events.CoreEventListener;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.p2p.RemotePeer;
import io.swarmloader.testing.SeededRandom;
import io.swarmloader.testing.VirtualClock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HTTP seeding of player-integration.md §5.8 with the owner rule of {@link SeedOwner}. */
class RandomHttpSeederTest {
  private final VirtualClock clock = new VirtualClock(1_000);
  private final SeededRandom random = new SeededRandom(2024);
  private final FakeDownloader http = new FakeDownloader();
  private final FakeStorage storage = new FakeStorage();
  private final List<RemotePeer> peers = new ArrayList<>();
  private final List<QueueItem> items = new ArrayList<>();
  private final RequestRegistry registry = new RequestRegistry();
  private final AttemptLauncher launcher =
      new AttemptLauncher(
          StreamType.MAIN,
          clock,
          http,
          CoreEventListener.NONE,
          new EngineBandwidth(clock),
          () -> {},
          () -> {});
  private StreamConfig config = StreamConfig.builder().simultaneousHttpDownloads(50).build();
  private final HttpHold hold = new HttpHold(clock, clock, () -> config, () -> {});
  private final HttpScheduler scheduler = new HttpScheduler(() -> config, registry, launcher, hold);
  private int queueBuilds;
  private final RandomHttpSeeder seeder =
      new RandomHttpSeeder(
          clock,
          random,
          () -> config,
          () -> peers,
          () -> "self",
          storage,
          scheduler,
          registry,
          () -> {
            queueBuilds++;
            return new DownloadQueue(items, new HashSet<>(), 0);
          });

  private void candidates(int count) {
    for (int i = 0; i < count; i++) {
      String url = "https://origin.test/s" + i;
      items.add(
          new QueueItem(
              new Segment(url, i, url, null, i * 4, i * 4 + 4), false, false, true, false));
    }
  }

  private void peers(int count) {
    for (int i = 0; i < count; i++) {
      peers.add(new FakeRemotePeer("peer" + i));
    }
  }

  private void abortAll() {
    for (Request request : registry.snapshot()) {
      launcher.abort(request);
      registry.remove(request);
    }
  }

  /** How many of the first {@code count} candidates "self" owns among the current peers. */
  private int owned(int count) {
    int owned = 0;
    for (int i = 0; i < count; i++) {
      if (SeedOwner.isOwner("self", peers, items.get(i).segment().externalId())) {
        owned++;
      }
    }
    return owned;
  }

  @Test
  void seed_startsExactlyTheCandidatesThisPeerOwns_everyTick() {
    candidates(10);
    peers(4);
    int expected = owned(10);

    for (int i = 0; i < 20; i++) {
      int before = http.attempts.size();
      assertEquals(expected, seeder.seed());
      for (FakeAttempt attempt : http.attempts.subList(before, http.attempts.size())) {
        assertTrue(SeedOwner.isOwner("self", peers, attempt.segment.externalId()));
      }
      abortAll();
    }
  }

  @Test
  void seed_manyCandidates_averageIsCountOverPeersPlusOne() {
    candidates(2_000);
    peers(4);

    // count = min(2000, 50 × 5) = 250 candidates looked at; self owns about a fifth of them
    assertEquals(250 / 5.0, seeder.seed(), 12);
  }

  @Test
  void seed_candidates_capAtSlotsTimesSwarmSizeAndStopWhenSlotsFull() {
    config = StreamConfig.builder().simultaneousHttpDownloads(2).build();
    candidates(30);
    peers(1); // look at min(30, 2 × 2) = 4 candidates, start the owned ones while slots are free

    int started = seeder.seed();
    assertEquals(Math.min(2, owned(4)), started);
    if (started == 2) {
      assertEquals(0, seeder.seed()); // slots full
    }
  }

  @Test
  void seed_skipConditions_startNothing() {
    candidates(10);
    assertEquals(0, seeder.seed()); // no peer connected

    peers(1);
    storage.freeRatio = 0.10;
    assertEquals(0, seeder.seed());

    storage.freeRatio = 1;
    config = config.toBuilder().httpDownloadInitialTimeoutMs(1_000).build();
    assertEquals(0, seeder.seed());

    config = config.toBuilder().httpDownloadInitialTimeoutMs(0).build();
    assertEquals(owned(10), seeder.seed());
    assertTrue(owned(10) > 0);
  }

  @Test
  void seed_excludesP2pDownloadableDownloadingAndExhaustedCandidates() {
    candidates(4);
    items.set(0, new QueueItem(items.get(0).segment(), false, false, true, true));
    launcher.startHttp(registry.getOrCreate(items.get(1).segment()));
    Request failed = registry.getOrCreate(items.get(2).segment());
    failed.httpFailureCount = config.httpErrorRetries();
    peers(1);
    int before = http.attempts.size();

    int started = seeder.seed(); // only 3 is left, started when self owns it

    assertEquals(SeedOwner.isOwner("self", peers, 3) ? 1 : 0, started);
    for (FakeAttempt attempt : http.attempts.subList(before, http.attempts.size())) {
      assertEquals(3, attempt.segment.externalId());
    }
  }

  @Test
  void timer_intervalIsOneSecondPlusRandomSecondsPerPeer() {
    peers(4); // 1000 + U[0, 1) × 4000 ms: 3000 ms on average; no candidates, so every tick
    // gets as far as building the queue
    seeder.start();

    clock.advanceMs(999);
    assertEquals(0, queueBuilds);
    clock.advanceMs(99_001);

    assertTrue(queueBuilds >= 28 && queueBuilds <= 40, "ticks " + queueBuilds);
    seeder.destroy();
    assertEquals(0, clock.pendingTaskCount());
  }
}
