package io.swarmloader.core.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmloader.core.json.Json;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrackerMessagesTest {
  private static final String HASH = "f5qLjfPZIP24d606pZX/";
  private static final String PEER = "-SL0100-abcdefghijkl";

  @Test
  void announce_matchesSection32() {
    String json =
        Json.write(
            TrackerMessages.announce(
                HASH,
                PEER,
                List.of(new TrackerMessages.Offer("OFFERID0123456789abc", "v=0")),
                "started",
                "tid"));

    assertEquals(
        "{\"action\":\"announce\",\"info_hash\":\"f5qLjfPZIP24d606pZX/\","
            + "\"peer_id\":\"-SL0100-abcdefghijkl\",\"numwant\":1,\"uploaded\":0,\"downloaded\":0,"
            + "\"event\":\"started\",\"offers\":[{\"offer\":{\"type\":\"offer\",\"sdp\":\"v=0\"},"
            + "\"offer_id\":\"OFFERID0123456789abc\"}],\"trackerid\":\"tid\"}",
        json);
  }

  @Test
  void announce_noOffersNoEvent_numwantZeroAndEmptyOffers() {
    assertEquals(
        "{\"action\":\"announce\",\"info_hash\":\"f5qLjfPZIP24d606pZX/\","
            + "\"peer_id\":\"-SL0100-abcdefghijkl\",\"numwant\":0,\"uploaded\":0,\"downloaded\":0,"
            + "\"offers\":[]}",
        Json.write(TrackerMessages.announce(HASH, PEER, List.of(), null, null)));
  }

  @Test
  void answer_matchesSection33() {
    assertEquals(
        "{\"action\":\"announce\",\"info_hash\":\"f5qLjfPZIP24d606pZX/\","
            + "\"peer_id\":\"-SL0100-abcdefghijkl\",\"to_peer_id\":\"\\u0000\u00ffremote\","
            + "\"answer\":{\"type\":\"answer\",\"sdp\":\"a\"},\"offer_id\":\"\u00e9id\"}",
        Json.write(
            TrackerMessages.answer(HASH, PEER, "\u0000\u00ffremote", "\u00e9id", "a", null)));
  }

  @Test
  void stopped_numwantZeroWithoutOffers() {
    assertEquals(
        "{\"action\":\"announce\",\"info_hash\":\"f5qLjfPZIP24d606pZX/\","
            + "\"peer_id\":\"-SL0100-abcdefghijkl\",\"numwant\":0,\"uploaded\":0,\"downloaded\":0,"
            + "\"event\":\"stopped\"}",
        Json.write(TrackerMessages.stopped(HASH, PEER, null)));
  }

  @Test
  void intervalMs_intervalThenMinIntervalClamped() {
    assertEquals(120_000, TrackerMessages.intervalMs(fields("interval", 120L)));
    assertEquals(20_000, TrackerMessages.intervalMs(fields("interval", 20L, "min interval", 5L)));
    assertEquals(45_000, TrackerMessages.intervalMs(fields("min interval", 45L)));
    assertEquals(45_000, TrackerMessages.intervalMs(fields("interval", 0L, "min interval", 45L)));
    assertEquals(1_500, TrackerMessages.intervalMs(fields("interval", 1.5)));
    assertEquals(1_000, TrackerMessages.intervalMs(fields("interval", 0.001)));
    assertEquals(86_400_000, TrackerMessages.intervalMs(fields("interval", 1e12)));
    assertEquals(-1, TrackerMessages.intervalMs(fields("interval", "30")));
    assertEquals(-1, TrackerMessages.intervalMs(fields("interval", -5L)));
    assertEquals(-1, TrackerMessages.intervalMs(fields("interval", Double.NaN)));
    assertEquals(-1, TrackerMessages.intervalMs(fields()));
  }

  private static Map<String, Object> fields(Object... keyValues) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }
}
