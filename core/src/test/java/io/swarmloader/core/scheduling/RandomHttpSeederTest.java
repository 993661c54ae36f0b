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

/** Random HTTP seeding of player-integration.md §5.8. */
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

  @Test
  void seed_countDivisibleBySwarmSize_startsExactlyCountOverPeersPlusOne() {
    candidates(10);
    peers(4);

    for (int i = 0; i < 100; i++) {
      assertEquals(2, seeder.seed());
      abortAll();
    }
  }

  @Test
  void seed_manyTicks_averageIsCountOverPeersPlusOne() {
    candidates(7);
    peers(4);
    int[] perSegment = new int[7];
    int ticks = 20_000;
    int started = 0;

    for (int i = 0; i < ticks; i++) {
      started += seeder.seed();
      for (Request request : registry.snapshot()) {
        perSegment[(int) request.segment.externalId()]++;
      }
      abortAll();
    }

    assertEquals(7 / 5.0, (double) started / ticks, 0.02, "seed " + random.seed());
    for (int count : perSegment) {
      // shuffled: every candidate equally likely, 1.4 / 7 per tick
      assertEquals(0.2, (double) count / ticks, 0.015, "seed " + random.seed());
    }
  }

  @Test
  void seed_candidates_capAtSlotsTimesSwarmSizeAndStopWhenSlotsFull() {
    config = StreamConfig.builder().simultaneousHttpDownloads(2).build();
    candidates(30);
    peers(1); // take min(30, 2 × 2) = 4, p = 2

    assertEquals(2, seeder.seed());
    assertEquals(0, seeder.seed()); // slots full
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
    assertEquals(5, seeder.seed()); // 10 / 2
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

    int started = seeder.seed(); // only 3 is left: p = 1 / 2

    assertTrue(started <= 1);
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
