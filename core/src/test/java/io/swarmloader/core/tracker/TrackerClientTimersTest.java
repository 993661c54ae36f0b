package io.swarmloader.core.tracker;

import static io.swarmloader.core.tracker.TrackerTestBed.HASH_1;
import static io.swarmloader.core.tracker.TrackerTestBed.peerId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.tracker.TrackerTestBed.Engine;
import io.swarmloader.core.tracker.TrackerTestBed.Swarm;
import io.swarmloader.testing.FakeTracker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timers of wire-protocol.md §3.5. */
class TrackerClientTimersTest {
  private static final String A = peerId("-SL0100-", "a");

  private final TrackerTestBed bed = new TrackerTestBed();

  private List<Double> announceTimes() {
    List<Double> times = new ArrayList<>();
    for (FakeTracker.Received r : bed.tracker.announcesFrom(A)) {
      times.add(r.atMs());
    }
    return times;
  }

  @Test
  void noIntervalFromTracker_announcesEvery30s() {
    bed.tracker.intervalSeconds(null);
    bed.engine("a").join(HASH_1, A);
    bed.runMs(95_000);

    // Each announce goes out once its offers are gathered (50 ms in the simulated network).
    assertEquals(List.of(50.0, 30_100.0, 60_150.0, 90_200.0), announceTimes());
  }

  @Test
  void intervalFromTracker_reschedulesPeriodicAnnounce() {
    bed.tracker.intervalSeconds(20);
    bed.engine("a").join(HASH_1, A);
    bed.runMs(65_000);

    // The third announce has no offers (10 pending = maxPendingOffers), so it needs no gathering;
    // by the fourth the first five offers have expired (50 s).
    assertEquals(List.of(50.0, 20_100.0, 40_100.0, 60_150.0), announceTimes());
  }

  @Test
  void minIntervalOnly_usedAsInterval() {
    bed.tracker.intervalSeconds(null).minIntervalSeconds(45);
    bed.engine("a").join(HASH_1, A);
    bed.runMs(95_000);

    assertEquals(List.of(50.0, 45_100.0, 90_150.0), announceTimes());
  }

  @Test
  void unansweredOffers_closedAfter50s() {
    Engine engine = bed.engine("a");
    engine.join(HASH_1, A);
    bed.runMs(49_999);
    assertEquals(5, engine.endpoint.liveConnectionCount());

    bed.runMs(1);
    assertEquals(0, engine.endpoint.liveConnectionCount());
    assertEquals(0, engine.client.connectionCount());
  }

  @Test
  void trackerStops_reconnectsWithGrowingBackoffThatResetsAfterSuccess() {
    Engine engine = bed.engine("a");
    Swarm swarm = engine.join(HASH_1, A);
    bed.runMs(1_000);
    bed.tracker.stop();
    bed.runMs(3 * 3_700_000);
    List<Double> attempts = bed.tracker.connectAttemptTimesMs();

    // attempt 0 at t=0; the socket closed at t=1000; then three refused attempts in 3 × 3700 s.
    assertTrue(attempts.size() >= 4, attempts.toString());
    assertDelayBetween(attempts.get(1) - 1_000, 10_000, 310_000);
    assertDelayBetween(attempts.get(2) - attempts.get(1), 20_000, 320_000);
    assertDelayBetween(attempts.get(3) - attempts.get(2), 40_000, 340_000);
    assertTrue(
        swarm.warnings.stream().allMatch(w -> w.contains("socket error")),
        swarm.warnings.toString());

    bed.tracker.start();
    bed.runMs(4_000_000);
    int connectedAt = bed.tracker.connectAttemptTimesMs().size() - 1;
    double openedAtMs = bed.tracker.connectAttemptTimesMs().get(connectedAt);
    assertEquals(1, bed.tracker.openSocketCount());
    bed.tracker.stop();
    double stoppedAtMs = bed.clock.nowMs();
    bed.runMs(400_000);

    List<Double> after = bed.tracker.connectAttemptTimesMs();
    assertTrue(openedAtMs < stoppedAtMs);
    assertDelayBetween(after.get(connectedAt + 1) - stoppedAtMs, 10_000, 310_000);
  }

  @Test
  void reconnect_isDeterministicForASeed() {
    assertEquals(reconnectTimes(5), reconnectTimes(5));
    assertTrue(!reconnectTimes(5).equals(reconnectTimes(6)));
  }

  private static List<Double> reconnectTimes(long seed) {
    TrackerTestBed bed = new TrackerTestBed(seed);
    bed.engine("a").join(HASH_1, A);
    bed.runMs(1_000);
    bed.tracker.stop();
    bed.runMs(2_000_000);
    return bed.tracker.connectAttemptTimesMs();
  }

  @Test
  void reconnect_firstAnnounceHasNoEventAndNoAnnounceWhileDisconnected() {
    bed.tracker.intervalSeconds(20);
    bed.engine("a").join(HASH_1, A);
    bed.runMs(1_000);
    bed.tracker.stop();
    bed.runMs(1_000);
    bed.tracker.start();
    bed.runMs(400_000);

    List<FakeTracker.Received> announces = bed.tracker.announcesFrom(A);
    assertEquals("started", announces.get(0).event());
    assertNull(announces.get(1).event());
    double reconnectAt = bed.tracker.connectAttemptTimesMs().get(1);
    assertEquals(reconnectAt + 50, announces.get(1).atMs());
  }

  @Test
  void socketOpensLate_announceDeferredUntilOpen() {
    bed.tracker.connectDelayMs(5_000);
    bed.engine("a").join(HASH_1, A);
    bed.runMs(4_999);
    assertEquals(0, bed.tracker.received().size());

    bed.runMs(100);
    assertEquals(1, bed.tracker.announcesFrom(A).size());
    assertEquals("started", bed.tracker.announcesFrom(A).get(0).event());
  }

  private static void assertDelayBetween(double delayMs, int fromMs, int toExclusiveMs) {
    assertTrue(
        delayMs >= fromMs && delayMs < toExclusiveMs,
        "delay " + delayMs + " not in [" + fromMs + ", " + toExclusiveMs + ")");
  }
}
