package io.swarmloader.core.tracker;

import io.swarmloader.core.util.OrderedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the messages of wire-protocol.md §3.2 and §3.3 and reads fields of §3.4. */
final class TrackerMessages {
  /** Longest interval honoured; guards the int millisecond arithmetic. */
  static final int MAX_INTERVAL_MS = 86_400_000;

  /** Shortest interval honoured, so a broken tracker cannot make us announce in a loop. */
  static final int MIN_INTERVAL_MS = 1_000;

  private TrackerMessages() {}

  /**
   * One offer of an announce: our offer ID and the complete offer SDP. A plain class rather than a
   * record: nothing compares offers, and a record's generated equals would only add to the bundle.
   */
  static final class Offer {
    private final String offerId;
    private final String sdp;

    Offer(String offerId, String sdp) {
      this.offerId = offerId;
      this.sdp = sdp;
    }

    String offerId() {
      return offerId;
    }

    String sdp() {
      return sdp;
    }
  }

  /** §3.2: numwant is the number of offers; {@code event} and {@code trackerId} may be null. */
  static Map<String, Object> announce(
      String infoHash, String peerId, List<Offer> offers, String event, String trackerId) {
    Map<String, Object> m = base(infoHash, peerId);
    m.put("numwant", offers.size());
    m.put("uploaded", 0);
    m.put("downloaded", 0);
    if (event != null) {
      m.put("event", event);
    }
    List<Object> list = new ArrayList<>();
    for (Offer offer : offers) {
      OrderedMap<Object> description = new OrderedMap<>();
      description.put("type", "offer");
      description.put("sdp", offer.sdp());
      OrderedMap<Object> item = new OrderedMap<>();
      item.put("offer", description);
      item.put("offer_id", offer.offerId());
      list.add(item);
    }
    m.put("offers", list);
    putTrackerId(m, trackerId);
    return m;
  }

  /** §3.2 [S]: leaving a swarm while the socket stays open; no offers. */
  static Map<String, Object> stopped(String infoHash, String peerId, String trackerId) {
    Map<String, Object> m = base(infoHash, peerId);
    m.put("numwant", 0);
    m.put("uploaded", 0);
    m.put("downloaded", 0);
    m.put("event", "stopped");
    putTrackerId(m, trackerId);
    return m;
  }

  /** §3.3: {@code toPeerId} and {@code offerId} exactly as received. */
  static Map<String, Object> answer(
      String infoHash,
      String peerId,
      String toPeerId,
      String offerId,
      String sdp,
      String trackerId) {
    Map<String, Object> m = base(infoHash, peerId);
    m.put("to_peer_id", toPeerId);
    OrderedMap<Object> description = new OrderedMap<>();
    description.put("type", "answer");
    description.put("sdp", sdp);
    m.put("answer", description);
    m.put("offer_id", offerId);
    putTrackerId(m, trackerId);
    return m;
  }

  /** The field as a string, or null when absent or of another type. */
  static String string(Map<?, ?> m, String key) {
    return m.get(key) instanceof String s ? s : null;
  }

  /** The {@code sdp} of an {@code offer} or {@code answer} object, or null when malformed. */
  static String sdpOf(Object description) {
    return description instanceof Map<?, ?> map ? string(map, "sdp") : null;
  }

  /**
   * §3.4 step 6: {@code interval}, or if absent {@code min interval}, in ms, clamped to [{@link
   * #MIN_INTERVAL_MS}, {@link #MAX_INTERVAL_MS}]; -1 when neither is a positive number.
   */
  static int intervalMs(Map<?, ?> m) {
    int ms = secondsToMs(m.get("interval"));
    return ms > 0 ? ms : secondsToMs(m.get("min interval"));
  }

  private static int secondsToMs(Object value) {
    if (!(value instanceof Number n)) {
      return -1;
    }
    double seconds = n.doubleValue();
    if (!(seconds > 0)) {
      return -1; // also NaN
    }
    double ms = Math.min(seconds * 1000, MAX_INTERVAL_MS);
    return Math.max(MIN_INTERVAL_MS, (int) ms);
  }

  private static Map<String, Object> base(String infoHash, String peerId) {
    OrderedMap<Object> m = new OrderedMap<>();
    m.put("action", "announce");
    m.put("info_hash", infoHash);
    m.put("peer_id", peerId);
    return m;
  }

  private static void putTrackerId(Map<String, Object> m, String trackerId) {
    if (trackerId != null) {
      m.put("trackerid", trackerId);
    }
  }
}
