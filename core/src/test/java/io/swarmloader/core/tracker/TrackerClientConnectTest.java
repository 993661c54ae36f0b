package io.swarmloader.core.tracker;

import static io.swarmloader.core.tracker.TrackerTestBed.HASH_1;
import static io.swarmloader.core.tracker.TrackerTestBed.HASH_2;
import static io.swarmloader.core.tracker.TrackerTestBed.URL;
import static io.swarmloader.core.tracker.TrackerTestBed.peerId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.tracker.TrackerTestBed.Engine;
import io.swarmloader.core.tracker.TrackerTestBed.Swarm;
import io.swarmloader.testing.FakeTracker;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackerClientConnectTest {
  private static final String A = peerId("-SL0100-", "a");
  private static final String B = peerId("-SL0100-", "b");
  private static final String C = peerId("-PM0203-", "c");

  private final TrackerTestBed bed = new TrackerTestBed();

  @Test
  void twoClients_sameSwarm_connectOnceAndExchangeMessages() {
    Swarm a = bed.engine("a").join(HASH_1, A);
    bed.runMs(1_000);
    Swarm b = bed.engine("b").join(HASH_1, B);
    bed.runMs(1_000);

    assertEquals(List.of("connected:" + B), a.events);
    assertEquals(List.of("connected:" + A), b.events);
    a.send(B, "hello b");
    b.send(A, "hello a");
    bed.runMs(100);
    assertEquals(List.of("hello b"), b.receivedFrom(A));
    assertEquals(List.of("hello a"), a.receivedFrom(B));
  }

  @Test
  void threeClients_sameSwarm_everyPairConnects() {
    Swarm a = bed.engine("a").join(HASH_1, A);
    bed.runMs(1_000);
    Swarm b = bed.engine("b").join(HASH_1, B);
    bed.runMs(1_000);
    Swarm c = bed.engine("c").join(HASH_1, C);
    bed.runMs(1_000);

    assertEquals(Set.of(B, C), a.peers.keySet());
    assertEquals(Set.of(A, C), b.peers.keySet());
    assertEquals(Set.of(A, B), c.peers.keySet());
    c.send(A, "from c");
    bed.runMs(100);
    assertEquals(List.of("from c"), a.receivedFrom(C));
    assertEquals(List.of(), a.warnings);
  }

  @Test
  void firstAnnounce_startedWithFiveOffers_laterAnnouncesWithoutEvent() {
    bed.engine("a").join(HASH_1, A);
    bed.runMs(121_000); // the tracker's interval is 120 s

    List<FakeTracker.Received> announces = bed.tracker.announcesFrom(A);
    assertEquals(2, announces.size());
    Map<String, Object> first = announces.get(0).message();
    assertEquals("announce", first.get("action"));
    assertEquals(HASH_1, first.get("info_hash"));
    assertEquals(A, first.get("peer_id"));
    assertEquals(5L, first.get("numwant"));
    assertEquals(0L, first.get("uploaded"));
    assertEquals(0L, first.get("downloaded"));
    assertEquals("started", first.get("event"));
    assertTrue(!first.containsKey("trackerid"));
    Set<Object> offerIds = new HashSet<>();
    for (Object o : announces.get(0).offers()) {
      Map<?, ?> offer = (Map<?, ?>) o;
      String offerId = (String) offer.get("offer_id");
      assertEquals(20, offerId.length());
      for (char ch : offerId.toCharArray()) {
        assertTrue(ch > 0x20 && ch < 0x7f, "printable: " + offerId);
      }
      offerIds.add(offerId);
      Map<?, ?> description = (Map<?, ?>) offer.get("offer");
      assertEquals("offer", description.get("type"));
      assertTrue(((String) description.get("sdp")).startsWith("sim-offer:"));
    }
    assertEquals(5, offerIds.size());
    assertNull(announces.get(1).event());
  }

  @Test
  void relayedOffer_binaryOfferIdAndPeerId_echoedExactlyInAnswer() {
    Engine engine = bed.engine("a");
    engine.join(HASH_1, A);
    bed.runMs(1_000);
    RecordingOffer remote = new RecordingOffer(bed);
    String remotePeerId = "\u0000\u00ff\"\\\u007f-remote-peer-id\u0001";
    String offerId = "\u00e9\u0000\u001f\u00ff\"\\offer-id-bin\u0080\u0090";

    bed.tracker.sendTo(A, remote.relayedOfferJson(HASH_1, remotePeerId, offerId));
    bed.runMs(1_000);

    FakeTracker.Received answer = bed.tracker.received().get(bed.tracker.received().size() - 1);
    assertTrue(answer.isAnswer());
    assertEquals(remotePeerId, answer.message().get("to_peer_id"));
    assertEquals(offerId, answer.message().get("offer_id"));
    assertEquals(A, answer.message().get("peer_id"));
    assertEquals(HASH_1, answer.message().get("info_hash"));
    assertEquals("answer", ((Map<?, ?>) answer.message().get("answer")).get("type"));
  }

  @Test
  void twoSwarms_oneEngine_shareOneSocketAndRouteByInfoHash() {
    Engine e1 = bed.engine("one");
    Swarm one1 = e1.join(HASH_1, A);
    Swarm one2 = e1.join(HASH_2, peerId("-SL0100-", "a2"));
    bed.runMs(1_000);
    Swarm two2 = bed.engine("two").join(HASH_2, B);
    bed.runMs(1_000);

    assertEquals(2, bed.tracker.openSocketCount());
    assertEquals(1, e1.client.socketCount());
    assertEquals(List.of(), one1.events);
    assertEquals(List.of("connected:" + B), one2.events);
    assertEquals(List.of("connected:" + peerId("-SL0100-", "a2")), two2.events);

    bed.tracker.sendToAll(
        "{\"action\":\"announce\",\"info_hash\":\"" + HASH_2 + "\",\"failure reason\":\"for 2\"}");
    bed.tracker.sendToAll(
        "{\"action\":\"announce\",\"info_hash\":\"someone-elses-hash!!\",\"failure reason\":\"x\"}");
    bed.runMs(10);
    assertEquals(List.of(), one1.warnings);
    assertEquals(List.of("for 2"), one2.warnings);
    assertEquals(List.of("for 2"), two2.warnings);
  }

  @Test
  void announceTrackers_normalisedAndDeduplicated_oneSocketPerUrl() {
    FakeTracker second = new FakeTracker("ws://second.test", bed.clock, 77);
    bed.webSockets = FakeTracker.routing(bed.tracker, second);
    Engine e = bed.engine("a");
    Swarm a =
        e.join(
            HASH_1,
            A,
            TrackerTestBed.config(
                b ->
                    b.announceTrackers(
                        List.of(URL + "/", URL, "https://not-a-ws.test", "ws://second.test/"))));
    bed.runMs(1_000);

    assertEquals(2, e.client.socketCount());
    assertEquals(1, bed.tracker.openSocketCount());
    assertEquals(1, second.openSocketCount());
    assertEquals(1, bed.tracker.announcesFrom(A).size());
    assertEquals(1, second.announcesFrom(A).size());
    assertEquals(1, a.warnings.size());
    assertTrue(a.warnings.get(0).contains("https://not-a-ws.test"));
  }

  @Test
  void announceTrackers_noneUsable_reportsTrackerError() {
    Swarm a =
        bed.engine("a")
            .join(HASH_1, A, TrackerTestBed.config(b -> b.announceTrackers(List.of("http://x"))));
    bed.runMs(1_000);

    assertEquals(1, a.errors.size());
    assertEquals(0, bed.tracker.connectAttemptTimesMs().size());
  }

  @Test
  void join_sameInfoHashTwice_throwsUntilFirstDestroyed() {
    Engine e = bed.engine("a");
    Swarm first = e.join(HASH_1, A);
    try {
      e.join(HASH_1, A);
      throw new AssertionError("expected IllegalStateException");
    } catch (IllegalStateException expected) {
      // one connector per swarm
    }
    first.connector.destroy();
    e.join(HASH_1, A);
    bed.runMs(1_000);
    assertEquals(List.of(A), bed.tracker.peersOf(HASH_1));
  }
}
