package io.swarmloader.core.tracker;

import static io.swarmloader.core.tracker.TrackerTestBed.HASH_1;
import static io.swarmloader.core.tracker.TrackerTestBed.HASH_2;
import static io.swarmloader.core.tracker.TrackerTestBed.config;
import static io.swarmloader.core.tracker.TrackerTestBed.peerId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.tracker.TrackerTestBed.Engine;
import io.swarmloader.core.tracker.TrackerTestBed.Swarm;
import io.swarmloader.testing.FakeTracker;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Offers per announce and the connection limits (wire-protocol.md §3.6, §10, §9 item 9). */
class TrackerClientLimitsTest {
  private static final String A = peerId("-SL0100-", "a");
  private static final String B = peerId("-SL0100-", "b");
  private static final String C = peerId("-SL0100-", "c");

  private final TrackerTestBed bed = new TrackerTestBed();

  @BeforeEach
  void shortInterval() {
    bed.tracker.intervalSeconds(20);
  }

  private long answerCount() {
    return bed.tracker.received().stream().filter(FakeTracker.Received::isAnswer).count();
  }

  private static long numwant(FakeTracker.Received announce) {
    return (Long) announce.message().get("numwant");
  }

  @Test
  void maxPendingOffers_limitsOffersPerAnnounce() {
    bed.engine("a").join(HASH_1, A, config(b -> b.maxPendingOffers(2)));
    bed.runMs(45_000);

    List<FakeTracker.Received> announces = bed.tracker.announcesFrom(A);
    assertEquals(2, numwant(announces.get(0)));
    assertEquals(2, announces.get(0).offers().size());
    assertEquals(0, numwant(announces.get(1)), "both offers still pending");
    assertEquals(List.of(), announces.get(1).offers());
  }

  @Test
  void maxPeersPerSwarm_reached_announcesNumwantZeroAndIgnoresRelayedOffers() {
    StreamConfig onePeer = config(b -> b.maxPeersPerSwarm(1));
    Swarm a = bed.engine("a").join(HASH_1, A, onePeer);
    bed.runMs(1_000);
    Swarm b = bed.engine("b").join(HASH_1, B, onePeer);
    bed.runMs(1_000);
    long answersBefore = answerCount();
    Swarm c = bed.engine("c").join(HASH_1, C, onePeer);
    bed.runMs(60_000);

    assertEquals(List.of("connected:" + B), a.events);
    assertEquals(List.of("connected:" + A), b.events);
    assertEquals(List.of(), c.events);
    assertEquals(answersBefore, answerCount(), "relayed offers from c are not answered");
    List<FakeTracker.Received> fromA = bed.tracker.announcesFrom(A);
    FakeTracker.Received later = fromA.get(fromA.size() - 1);
    assertEquals(0, numwant(later));
    assertEquals(List.of(), later.offers());
  }

  @Test
  void peerDisconnects_freesSlotForNewOffers() {
    StreamConfig onePeer = config(b -> b.maxPeersPerSwarm(1));
    Swarm a = bed.engine("a").join(HASH_1, A, onePeer);
    bed.runMs(1_000);
    Swarm b = bed.engine("b").join(HASH_1, B, onePeer);
    bed.runMs(25_000);
    b.connector.destroy(); // otherwise b offers again and they reconnect
    a.disconnect(B);
    // A's first offer (made when it was alone) holds the slot until it expires at 50 s.
    bed.runMs(40_000);

    List<FakeTracker.Received> fromA = bed.tracker.announcesFrom(A);
    assertEquals(0, numwant(fromA.get(fromA.size() - 2)));
    assertEquals(1, numwant(fromA.get(fromA.size() - 1)));
    assertEquals(List.of("connected:" + B), a.events);
  }

  @Test
  void maxPeerConnections_isPerEngineAcrossSwarms() {
    StreamConfig fiveConnections = config(b -> b.maxPeerConnections(5));
    Engine engine = bed.engine("a");
    engine.join(HASH_1, A, fiveConnections);
    engine.join(HASH_2, peerId("-SL0100-", "a2"), fiveConnections);
    bed.runMs(1_000);

    assertEquals(5, numwant(bed.tracker.announcesFrom(A).get(0)));
    assertEquals(0, numwant(bed.tracker.announcesFrom(peerId("-SL0100-", "a2")).get(0)));
    assertEquals(5, engine.client.connectionCount());
  }

  @Test
  void maxPeerConnections_reached_relayedOfferIgnored() {
    bed.engine("a").join(HASH_1, A, config(b -> b.maxPeerConnections(5)));
    bed.runMs(1_000);
    RecordingOffer offer = new RecordingOffer(bed);
    bed.tracker.sendTo(A, offer.relayedOfferJson(HASH_1, B, "offer-id-0000000000q"));
    bed.runMs(1_000);

    assertEquals(0, answerCount());
  }

  @Test
  void relayedOffer_fromConnectedPeer_ignored() {
    Swarm a = bed.engine("a").join(HASH_1, A);
    bed.runMs(1_000);
    bed.engine("b").join(HASH_1, B);
    bed.runMs(10_000);
    long answersBefore = answerCount();
    RecordingOffer offer = new RecordingOffer(bed);
    bed.tracker.sendTo(A, offer.relayedOfferJson(HASH_1, B, "offer-id-0000000000d"));
    bed.runMs(1_000);

    assertEquals(answersBefore, answerCount());
    assertEquals(List.of("connected:" + B), a.events);
  }

  @Test
  void maxPeersPerSwarmZero_neverOffersOrAnswers() {
    bed.engine("a").join(HASH_1, A, config(b -> b.maxPeersPerSwarm(0)));
    bed.runMs(1_000);
    bed.engine("b").join(HASH_1, B);
    bed.runMs(30_000);

    assertEquals(0, numwant(bed.tracker.announcesFrom(A).get(0)));
    assertEquals(0, answerCount());
  }
}
