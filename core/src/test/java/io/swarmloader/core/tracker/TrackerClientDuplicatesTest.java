package io.swarmloader.core.tracker;

import static io.swarmloader.core.tracker.TrackerTestBed.HASH_1;
import static io.swarmloader.core.tracker.TrackerTestBed.peerId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmloader.core.json.Json;
import io.swarmloader.core.tracker.TrackerTestBed.Engine;
import io.swarmloader.core.tracker.TrackerTestBed.Swarm;
import io.swarmloader.testing.FakeTracker;
import io.swarmloader.testing.RecordingRtcListener;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Duplicate connections to one peer (wire-protocol.md §4 "Duplicates", §9 item 17). */
class TrackerClientDuplicatesTest {
  private static final String SL_A = peerId("-SL0100-", "a");
  private static final String SL_B = peerId("-SL0100-", "b");
  private static final String PM_A = peerId("-PM0203-", "a");
  private static final String PM_B = peerId("-PM0203-", "b");

  private final TrackerTestBed bed = new TrackerTestBed();
  private Engine engineA;
  private Engine engineB;
  private Swarm a;
  private Swarm b;

  /**
   * Both peers register without relaying, then announce at the same moment (same interval), so each
   * offer reaches the other: two connections between the same pair.
   */
  private void mutualOffers(String idA, String idB) {
    bed.tracker.intervalSeconds(20).relayOffers(false);
    engineA = bed.engine("a");
    engineB = bed.engine("b");
    a = engineA.join(HASH_1, idA);
    b = engineB.join(HASH_1, idB);
    bed.runMs(1_000);
    bed.tracker.relayOffers(true);
    bed.runMs(20_000); // both announce at 20.05 s
  }

  private void assertTalking(String idA, String idB) {
    a.send(idB, "ping");
    b.send(idA, "pong");
    bed.runMs(100);
    assertEquals("ping", last(b.receivedFrom(idA)));
    assertEquals("pong", last(a.receivedFrom(idB)));
  }

  private static String last(List<String> list) {
    return list.isEmpty() ? null : list.get(list.size() - 1);
  }

  /** A relayed answer written by {@code answererId}. */
  private static boolean isAnswerFrom(Map<String, Object> m, String answererId) {
    return m != null && m.containsKey("answer") && answererId.equals(m.get("peer_id"));
  }

  @Test
  void mutualOffers_swarmLoaderPeers_connectionOfferedBySmallerIdWinsOnBothSides() {
    // b's answer (to a's offer) arrives 5 ms late: b's offer opens first on both sides, and
    // both wait for a's, which opens 5 ms later.
    bed.tracker.outgoingPolicy(m -> isAnswerFrom(m, SL_B) ? 5 : 0);
    mutualOffers(SL_A, SL_B);
    bed.runMs(60_000); // past the grace period and the lifetime of the unrelayed offers

    assertEquals(List.of("connected:" + SL_B), a.events);
    assertEquals(List.of("connected:" + SL_A), b.events);
    assertEquals(1, engineA.endpoint.openChannelCount());
    assertEquals(1, engineB.endpoint.openChannelCount());
    assertEquals(1, engineA.endpoint.openOfferingConnectionCount(), "a < b: a's offer won");
    assertEquals(0, engineB.endpoint.openOfferingConnectionCount());
    assertTalking(SL_A, SL_B);
  }

  @Test
  void swarmLoaderPeers_nonPreferredOpensFirst_revokedWhenPreferredOpens() {
    // b's answer to a's offer reaches a 2 s late: on a, b's offer opens first and wins at first.
    bed.tracker.outgoingPolicy(m -> isAnswerFrom(m, SL_B) ? 2_000 : 0);
    mutualOffers(SL_A, SL_B);
    bed.runMs(60_000);

    assertEquals(List.of("connected:" + SL_B, "closed:" + SL_B, "connected:" + SL_B), a.events);
    assertEquals(List.of("connected:" + SL_A), b.events, "b waited for the preferred connection");
    assertEquals(1, engineA.endpoint.openOfferingConnectionCount());
    assertEquals(1, engineA.endpoint.openChannelCount());
    assertEquals(1, engineB.endpoint.openChannelCount());
    assertTalking(SL_A, SL_B);
  }

  @Test
  void swarmLoaderPeers_preferredNeverOpens_otherHandedOverAfterGraceWithHeldMessages() {
    // b's answer to a's offer is lost: only b's offer can open.
    bed.tracker.outgoingPolicy(m -> isAnswerFrom(m, SL_B) ? FakeTracker.MessagePolicy.DROP : 0);
    mutualOffers(SL_A, SL_B);
    bed.runMs(1_000);
    assertEquals(List.of("connected:" + SL_B), a.events);
    assertEquals(List.of(), b.events, "b waits for a's offer, which b answered");
    a.send(SL_B, "sent while b waits");

    bed.runMs(5_000);
    assertEquals(List.of("connected:" + SL_A), b.events);
    assertEquals(List.of("sent while b waits"), b.receivedFrom(SL_A));
    assertTalking(SL_A, SL_B);
  }

  @Test
  void mutualOffers_otherPeers_firstOpenWinsAndStandbyClosedAfterGrace() {
    mutualOffers(PM_A, PM_B);
    bed.runMs(1_000);
    assertEquals(List.of("connected:" + PM_B), a.events);
    assertEquals(List.of("connected:" + PM_A), b.events);
    assertEquals(2, engineA.endpoint.openChannelCount(), "standby kept during the grace period");

    bed.runMs(5_000);
    assertEquals(1, engineA.endpoint.openChannelCount());
    assertEquals(1, engineB.endpoint.openChannelCount());
    assertTalking(PM_A, PM_B);
  }

  @Test
  void winnerClosesWithinGrace_standbyPromotedOnBothSides() {
    mutualOffers(PM_A, PM_B);
    bed.runMs(1_000);
    a.disconnect(PM_B);
    bed.runMs(100);

    assertEquals(List.of("connected:" + PM_B, "connected:" + PM_B), a.events);
    assertEquals(List.of("connected:" + PM_A, "closed:" + PM_A, "connected:" + PM_A), b.events);
    bed.runMs(10_000);
    assertEquals(1, engineA.endpoint.openChannelCount());
    assertEquals(1, engineB.endpoint.openChannelCount());
    assertTalking(PM_A, PM_B);
  }

  @Test
  void winnerClosesAfterGrace_noPromotion() {
    mutualOffers(PM_A, PM_B);
    bed.runMs(6_000);
    a.disconnect(PM_B);
    bed.runMs(100);

    assertEquals(List.of("connected:" + PM_B), a.events);
    assertEquals(List.of("connected:" + PM_A, "closed:" + PM_A), b.events);
  }

  @Test
  void answerFromAlreadyConnectedPeer_offerClosedAtOnce() {
    bed.tracker.intervalSeconds(20);
    a = bed.engine("a").join(HASH_1, SL_A);
    bed.runMs(1_000);
    b = bed.engine("b").join(HASH_1, SL_B);
    bed.runMs(25_000); // connected, grace over, a has announced fresh offers at 20 s
    Engine scripted = bed.engine("scripted");
    List<FakeTracker.Received> fromA = bed.tracker.announcesFrom(SL_A);
    Map<?, ?> offer = (Map<?, ?>) fromA.get(fromA.size() - 1).offers().get(0);
    RecordingRtcListener answerer = new RecordingRtcListener(bed.clock);
    scripted.endpoint.createAnswer((String) ((Map<?, ?>) offer.get("offer")).get("sdp"), answerer);
    bed.runMs(100);
    int liveBefore = bed.engines.get(0).endpoint.liveConnectionCount();

    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("action", "announce");
    answer.put("answer", Map.of("type", "answer", "sdp", answerer.sdp()));
    answer.put("offer_id", offer.get("offer_id"));
    answer.put("peer_id", SL_B);
    answer.put("info_hash", HASH_1);
    bed.tracker.sendTo(SL_A, Json.write(answer));
    bed.runMs(1_000);

    assertEquals(liveBefore - 1, bed.engines.get(0).endpoint.liveConnectionCount());
    assertEquals(List.of("connected:" + SL_B), a.events);
    assertEquals(null, answerer.channel);
  }
}
