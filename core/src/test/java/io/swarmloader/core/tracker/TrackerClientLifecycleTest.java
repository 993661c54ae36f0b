package io.swarmloader.core.tracker;

import static io.swarmloader.core.tracker.TrackerTestBed.HASH_1;
import static io.swarmloader.core.tracker.TrackerTestBed.HASH_2;
import static io.swarmloader.core.tracker.TrackerTestBed.config;
import static io.swarmloader.core.tracker.TrackerTestBed.peerId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.p2p.PeerConnector;
import io.swarmloader.core.platform.DataChannel;
import io.swarmloader.core.tracker.TrackerTestBed.Engine;
import io.swarmloader.core.tracker.TrackerTestBed.Swarm;
import io.swarmloader.testing.FakeTracker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Leaving swarms and destroying the client (wire-protocol.md §3.2, §9 item 20; style.md §2.13). */
class TrackerClientLifecycleTest {
  private static final String A = peerId("-SL0100-", "a");
  private static final String A2 = peerId("-SL0100-", "a2");
  private static final String B = peerId("-SL0100-", "b");

  private final TrackerTestBed bed = new TrackerTestBed();

  private List<FakeTracker.Received> stoppedFrom(String peerId) {
    List<FakeTracker.Received> out = new ArrayList<>();
    for (FakeTracker.Received r : bed.tracker.announcesFrom(peerId)) {
      if ("stopped".equals(r.event())) {
        out.add(r);
      }
    }
    return out;
  }

  @Test
  void leave_socketStaysOpenForOtherSwarm_sendsStopped() {
    Engine e = bed.engine("a");
    Swarm one = e.join(HASH_1, A);
    e.join(HASH_2, A2);
    bed.runMs(1_000);

    one.connector.destroy();
    bed.runMs(10);

    List<FakeTracker.Received> stopped = stoppedFrom(A);
    assertEquals(1, stopped.size());
    Map<String, Object> m = stopped.get(0).message();
    assertEquals(0L, m.get("numwant"));
    assertEquals(HASH_1, m.get("info_hash"));
    assertFalse(m.containsKey("offers"));
    assertEquals(List.of(), bed.tracker.peersOf(HASH_1));
    assertEquals(List.of(A2), bed.tracker.peersOf(HASH_2));
    assertEquals(1, bed.tracker.openSocketCount());
  }

  @Test
  void leave_lastSwarmOnSocket_closesSocketWithoutStopped() {
    Engine e = bed.engine("a");
    Swarm one = e.join(HASH_1, A);
    bed.runMs(1_000);

    one.connector.destroy();
    bed.runMs(10);

    assertEquals(List.of(), stoppedFrom(A));
    assertEquals(0, bed.tracker.openSocketCount());
    assertEquals(0, e.client.socketCount());
    assertEquals(List.of(), bed.tracker.peersOf(HASH_1));
  }

  @Test
  void leave_closesPendingConnectionsAndKeepsHandedOverOnes() {
    Engine e = bed.engine("a");
    Swarm a = e.join(HASH_1, A);
    bed.runMs(1_000);
    Swarm b = bed.engine("b").join(HASH_1, B);
    bed.runMs(1_000);
    assertEquals(6, e.endpoint.liveConnectionCount(), "a's 5 unanswered offers + its answer to b");

    a.connector.destroy();
    a.connector.destroy();

    assertEquals(1, e.endpoint.liveConnectionCount());
    a.send(B, "still here");
    bed.runMs(100);
    assertEquals(List.of("still here"), b.receivedFrom(A));
    assertEquals(0, e.client.connectionCount());
  }

  @Test
  void leave_laterMessagesForThatSwarmIgnored() {
    Engine e = bed.engine("a");
    Swarm one = e.join(HASH_1, A);
    e.join(HASH_2, A2);
    bed.runMs(1_000);
    one.connector.destroy();
    RecordingOffer offer = new RecordingOffer(bed);
    bed.tracker.sendToAll(offer.relayedOfferJson(HASH_1, B, "offer-id-after-leave"));
    bed.tracker.sendToAll(
        "{\"action\":\"announce\",\"info_hash\":\"" + HASH_1 + "\",\"failure reason\":\"late\"}");
    bed.runMs(1_000);

    assertTrue(bed.tracker.received().stream().noneMatch(FakeTracker.Received::isAnswer));
    assertEquals(List.of(), one.events);
  }

  @Test
  void destroy_connectedEngines_noTaskLeftAndNoLaterCallbacks() {
    Engine ea = bed.engine("a");
    Engine eb = bed.engine("b");
    Swarm a = ea.join(HASH_1, A);
    ea.join(HASH_2, A2);
    bed.runMs(1_000);
    Swarm b = eb.join(HASH_1, B);
    bed.runMs(3_000); // connected, inside the grace period, offers pending

    a.isDisconnectingOnClose = false;
    b.isDisconnectingOnClose = false;
    ea.client.destroy();
    eb.client.destroy();
    ea.client.destroy();
    a.peers.values().forEach(DataChannel::close);
    b.peers.values().forEach(DataChannel::close);
    int eventsA = a.events.size();
    bed.tracker.stop();

    assertTrue(bed.clock.runUntilIdle(1_000), "tasks left: " + bed.clock.pendingTaskCount());
    assertEquals(0, bed.clock.pendingTaskCount());
    assertEquals(eventsA, a.events.size());
    assertEquals(0, bed.network.liveConnectionCount());
    assertEquals(0, ea.client.socketCount());
  }

  @Test
  void destroy_whileOffersGather_sendsNothingAndLeavesNoTask() {
    Engine e = bed.engine("a");
    e.join(HASH_1, A);
    bed.clock.runDue(); // socket open, offers gathering
    e.client.destroy();

    assertTrue(bed.clock.runUntilIdle(1_000));
    assertEquals(List.of(), bed.tracker.received());
    assertEquals(0, bed.network.liveConnectionCount());
  }

  @Test
  void destroy_whileReconnectPending_leavesNoTask() {
    Engine e = bed.engine("a");
    Swarm a = e.join(HASH_1, A);
    bed.runMs(1_000);
    bed.tracker.stop();
    bed.runMs(60_000); // closed, reconnect timer pending (at least 10 s away)
    int attempts = bed.tracker.connectAttemptTimesMs().size();
    e.client.destroy();

    assertTrue(bed.clock.runUntilIdle(1_000));
    assertEquals(0, bed.clock.pendingTaskCount());
    bed.tracker.start();
    bed.runMs(4_000_000);
    assertEquals(attempts, bed.tracker.connectAttemptTimesMs().size());
    assertEquals(List.of(), a.events);
  }

  @Test
  void destroy_fromInsideOnPeerConnected_safe() {
    Engine e = bed.engine("a");
    List<String> seen = new ArrayList<>();
    PeerConnector[] connector = new PeerConnector[1];
    connector[0] = e.client.join(HASH_1, A, TrackerTestBed::config);
    connector[0].start(
        new PeerConnector.ConnectionListener() {
          @Override
          public void onPeerConnected(String peerId, DataChannel channel) {
            seen.add(peerId);
            connector[0].destroy();
            e.client.destroy();
          }

          @Override
          public void onTrackerWarning(String warning) {
            seen.add("warning");
          }

          @Override
          public void onTrackerError(String error) {
            seen.add("error");
          }
        });
    bed.runMs(1_000);
    Swarm b = bed.engine("b").join(HASH_1, B);
    bed.runMs(10_000);

    assertEquals(List.of(B), seen);
    assertEquals(0, e.client.connectionCount());
    assertEquals(List.of("connected:" + A), b.events);
  }

  @Test
  void listenerThrows_loggedAndClientKeepsWorking() {
    Engine e = bed.engine("a");
    PeerConnector connector = e.client.join(HASH_1, A, TrackerTestBed::config);
    connector.start(
        new PeerConnector.ConnectionListener() {
          @Override
          public void onPeerConnected(String peerId, DataChannel channel) {
            throw new IllegalStateException("listener bug");
          }

          @Override
          public void onTrackerWarning(String warning) {
            throw new IllegalStateException("listener bug");
          }

          @Override
          public void onTrackerError(String error) {}
        });
    bed.runMs(1_000);
    bed.tracker.sendTo(A, "not json");
    bed.engine("b").join(HASH_1, B);
    bed.runMs(1_000);

    assertEquals(2, e.logs.size(), e.logs.toString());
    assertTrue(e.logs.get(0).startsWith("warn: "));
  }

  @Test
  void join_afterClientDestroy_isInert() {
    Engine e = bed.engine("a");
    e.client.destroy();
    Swarm a = e.join(HASH_1, A, config());
    bed.runMs(1_000);

    assertEquals(0, bed.tracker.connectAttemptTimesMs().size());
    assertEquals(List.of(), a.events);
    assertEquals(0, bed.clock.pendingTaskCount());
  }
}
