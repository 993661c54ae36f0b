package io.swarmloader.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.json.Json;
import io.swarmloader.core.platform.WebSocketFactory;
import io.swarmloader.core.platform.WebSocketFactory.WebSocketConnection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A tracker conversation over {@link WebSocketFactory} with {@link FakeTracker}, written as raw
 * JSON the way bittorrent-tracker clients and the server exchange it (wire-protocol.md §3).
 */
class FakeTrackerConversationTest {
  private static final String URL = "wss://tracker.test";
  private static final String HASH = "f5qLjfPZIP24d606pZX/";
  private static final String PEER_A = "-SL0100-aaaaaaaaaaaa";
  private static final String PEER_B = "-SL0100-bbbbbbbbbbbb";
  private static final String PEER_C = "-PM0203-cccccccccccc";

  private final VirtualClock clock = new VirtualClock();
  private final FakeTracker tracker = new FakeTracker(URL, clock, 11);

  private record Client(WebSocketConnection socket, RecordingSocketListener events) {}

  private Client connect() {
    RecordingSocketListener events = new RecordingSocketListener();
    WebSocketConnection socket = tracker.open(URL, events);
    clock.runDue();
    return new Client(socket, events);
  }

  private static String announce(String peerId, int offerCount, String event) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("action", "announce");
    m.put("info_hash", HASH);
    m.put("peer_id", peerId);
    m.put("numwant", offerCount);
    m.put("uploaded", 0);
    m.put("downloaded", 0);
    if (event != null) {
      m.put("event", event);
    }
    List<Object> offers = new ArrayList<>();
    for (int i = 0; i < offerCount; i++) {
      offers.add(
          Map.of(
              "offer",
              Map.of("type", "offer", "sdp", "sdp-" + peerId + "-" + i),
              "offer_id",
              peerId.substring(8) + "offer" + (char) ('0' + i) + "\u00ff"));
    }
    m.put("offers", offers);
    return Json.write(m);
  }

  @Test
  void open_thenAnnounce_replyCountsPeers() {
    Client a = connect();
    assertEquals(List.of("open"), a.events.events);

    a.socket.send(announce(PEER_A, 0, "started"));
    clock.runDue();

    Map<String, Object> reply = a.events.messages().get(0);
    assertEquals("announce", reply.get("action"));
    assertEquals(120L, reply.get("interval"));
    assertEquals(HASH, reply.get("info_hash"));
    assertEquals(0L, reply.get("complete"));
    assertEquals(1L, reply.get("incomplete"));
    assertEquals(List.of(PEER_A), tracker.peersOf(HASH));
  }

  @Test
  void announceWithOffers_relaysOneOfferToOtherPeerAndAnswerBack() {
    Client a = connect();
    a.socket.send(announce(PEER_A, 0, "started"));
    clock.runDue();
    Client b = connect();
    b.socket.send(announce(PEER_B, 5, "started"));
    clock.runDue();

    Map<String, Object> relayed = a.events.messages().get(1);
    assertEquals(
        Map.of(
            "action",
            "announce",
            "offer",
            Map.of("type", "offer", "sdp", "sdp-" + PEER_B + "-0"),
            "offer_id",
            "bbbbbbbbbbbboffer0\u00ff",
            "peer_id",
            PEER_B,
            "info_hash",
            HASH),
        relayed);
    assertEquals(2, a.events.texts.size());

    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("action", "announce");
    answer.put("info_hash", HASH);
    answer.put("peer_id", PEER_A);
    answer.put("to_peer_id", PEER_B);
    answer.put("answer", Map.of("type", "answer", "sdp", "answer-sdp"));
    answer.put("offer_id", relayed.get("offer_id"));
    a.socket.send(Json.write(answer));
    clock.runDue();

    assertEquals(2, a.events.texts.size(), "the answerer gets no reply");
    Map<String, Object> back = b.events.messages().get(1);
    assertEquals(PEER_A, back.get("peer_id"));
    assertEquals("bbbbbbbbbbbboffer0\u00ff", back.get("offer_id"));
    assertEquals(Map.of("type", "answer", "sdp", "answer-sdp"), back.get("answer"));
  }

  @Test
  void announceWithOffers_eachOfferToDistinctPeerUpToNumwant() {
    List<Client> others = new ArrayList<>();
    String[] ids = {PEER_A, PEER_B, PEER_C};
    for (String id : ids) {
      Client c = connect();
      c.socket.send(announce(id, 0, "started"));
      clock.runDue();
      others.add(c);
    }
    Client d = connect();
    d.socket.send(announce("-SL0100-dddddddddddd", 5, "started"));
    clock.runDue();

    Set<Object> offerIds = new HashSet<>();
    for (Client c : others) {
      List<Map<String, Object>> got = c.events.messages();
      assertEquals(2, got.size(), "one reply and exactly one offer each");
      offerIds.add(got.get(1).get("offer_id"));
    }
    assertEquals(3, offerIds.size());
  }

  @Test
  void stopped_removesPeerAndNoMoreOffersReachIt() {
    Client a = connect();
    a.socket.send(announce(PEER_A, 0, "started"));
    a.socket.send(announce(PEER_A, 0, "stopped"));
    clock.runDue();
    Client b = connect();
    b.socket.send(announce(PEER_B, 3, "started"));
    clock.runDue();

    assertEquals(List.of(PEER_B), tracker.peersOf(HASH));
    assertEquals(2, a.events.texts.size(), "replies to both announces, no offer");
    assertEquals(1L, b.events.messages().get(0).get("incomplete"));
  }

  @Test
  void clientClose_removesItsPeers() {
    Client a = connect();
    a.socket.send(announce(PEER_A, 0, "started"));
    clock.runDue();
    a.socket.close();
    clock.runDue();

    assertEquals(List.of(), tracker.peersOf(HASH));
    assertEquals(0, tracker.openSocketCount());
  }

  @Test
  void badPeerIdOrConfiguredFailure_repliesFailureReason() {
    Client a = connect();
    a.socket.send(announce("short", 0, "started"));
    clock.runDue();
    tracker.failureReason("tracker is closed");
    a.socket.send(announce(PEER_A, 0, "started"));
    clock.runDue();

    List<Map<String, Object>> got = a.events.messages();
    assertEquals("invalid peer_id", got.get(0).get("failure reason"));
    assertEquals("tracker is closed", got.get(1).get("failure reason"));
    assertEquals(HASH, got.get(1).get("info_hash"));
    assertEquals(List.of(), tracker.peersOf(HASH));
  }

  @Test
  void stop_closesSocketsAndRefusesUntilStarted() {
    Client a = connect();
    tracker.stop();
    clock.runDue();
    assertEquals(List.of("open", "close"), a.events.events);

    Client refused = connect();
    assertEquals(List.of("error", "close"), refused.events.events);

    tracker.start();
    Client again = connect();
    assertEquals(List.of("open"), again.events.events);
    assertEquals(3, tracker.connectAttemptTimesMs().size());
  }

  @Test
  void policies_delayAndDropMessages() {
    tracker.outgoingPolicy(m -> m != null && m.containsKey("offer") ? 500 : 0);
    tracker.incomingPolicy(
        m -> "stopped".equals(m.get("event")) ? FakeTracker.MessagePolicy.DROP : 0);
    Client a = connect();
    a.socket.send(announce(PEER_A, 0, "started"));
    clock.runDue();
    Client b = connect();
    b.socket.send(announce(PEER_B, 1, "started"));
    clock.runDue();
    assertEquals(1, a.events.texts.size());

    clock.advanceMs(500);
    assertEquals(2, a.events.texts.size());

    a.socket.send(announce(PEER_A, 0, "stopped"));
    clock.runDue();
    assertEquals(List.of(PEER_A, PEER_B), tracker.peersOf(HASH));
    List<FakeTracker.Received> received = tracker.received();
    assertEquals(3, received.size());
    assertTrue(received.get(2).isDropped());
    assertEquals("stopped", received.get(2).event());
    assertEquals(1, tracker.announcesFrom(PEER_A).size());
  }

  @Test
  void routing_unknownUrlFailsAndKnownUrlsReachTheirTracker() {
    FakeTracker second = new FakeTracker("wss://second.test", clock, 12);
    WebSocketFactory factory = FakeTracker.routing(tracker, second);
    RecordingSocketListener toSecond = new RecordingSocketListener();
    RecordingSocketListener toNowhere = new RecordingSocketListener();
    factory.open("wss://second.test", toSecond);
    factory.open("wss://nowhere.test", toNowhere);
    clock.runDue();

    assertEquals(List.of("open"), toSecond.events);
    assertEquals(List.of("error", "close"), toNowhere.events);
    assertEquals(1, second.openSocketCount());
    assertEquals(0, tracker.openSocketCount());
    assertNotEquals(0, second.connectAttemptTimesMs().size());
  }

  @Test
  void sendToAndSendToAll_pushRawText() {
    Client a = connect();
    a.socket.send(announce(PEER_A, 0, "started"));
    clock.runDue();
    Client b = connect();

    tracker.sendTo(PEER_A, "not json");
    tracker.sendToAll("{}");
    clock.runDue();

    assertEquals(List.of("open", "message", "message", "message"), a.events.events);
    assertEquals("not json", a.events.texts.get(1));
    assertEquals(List.of("open", "message"), b.events.events);
    assertTrue(b.events.texts.contains("{}"));
  }
}
