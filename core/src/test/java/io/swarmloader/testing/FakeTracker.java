package io.swarmloader.testing;

import io.swarmloader.core.json.Json;
import io.swarmloader.core.json.JsonException;
import io.swarmloader.core.platform.RandomSource;
import io.swarmloader.core.platform.Scheduler;
import io.swarmloader.core.platform.WebSocketFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory WebTorrent tracker that speaks the JSON of the bittorrent-tracker server
 * (wire-protocol.md §3), behind {@link WebSocketFactory}.
 *
 * <ul>
 *   <li>Swarms by {@code info_hash}; a peer is its {@code peer_id} plus the socket it announced on.
 *       One socket may be in several swarms.
 *   <li>An announce gets {@code {action:"announce", interval, info_hash, complete, incomplete}}
 *       (plus {@code min interval}, {@code tracker id}, {@code warning message} when configured);
 *       then each offer goes to a distinct other peer of the swarm, at most {@code numwant}, chosen
 *       at random (seeded), as {@code {action, offer, offer_id, peer_id, info_hash}}.
 *   <li>An answer goes to {@code to_peer_id} as {@code {action, answer, offer_id, peer_id,
 *       info_hash}}; the answerer gets no reply.
 *   <li>{@code event:"stopped"} and a closed socket remove the peer.
 *   <li>A bad {@code info_hash} or {@code peer_id} (not 20 characters) gets a {@code failure
 *       reason}, as does every announce while {@link #failureReason(String)} is set.
 * </ul>
 *
 * Every delivery is a scheduled task (never inside the caller's call); {@link #incomingPolicy} and
 * {@link #outgoingPolicy} can delay or drop single messages. {@link #stop()} closes every socket
 * and refuses new ones until {@link #start()}.
 */
public final class FakeTracker implements WebSocketFactory {
  /** Decides the fate of one message: a delay in ms, or {@link #DROP}. */
  public interface MessagePolicy {
    int DROP = -1;

    MessagePolicy PASS = message -> 0;

    /** {@code message} is the parsed JSON object, or null when the text is not one. */
    int delayMsOrDrop(Map<String, Object> message);
  }

  /**
   * One message a client sent, as text and parsed (null when not a JSON object), with the time it
   * reached the tracker, or was dropped by the incoming policy ({@code isDropped}).
   */
  public record Received(double atMs, String text, Map<String, Object> message, boolean isDropped) {
    public String peerId() {
      return message == null ? null : asString(message.get("peer_id"));
    }

    public boolean isAnswer() {
      return message != null && message.containsKey("answer");
    }

    public String event() {
      return message == null ? null : asString(message.get("event"));
    }

    public List<?> offers() {
      Object offers = message == null ? null : message.get("offers");
      return offers instanceof List<?> list ? list : null;
    }
  }

  private final String url;
  private final Scheduler scheduler;
  private final TrackerSwarms swarms;
  private final List<FakeTrackerSocket> sockets = new ArrayList<>();
  private final List<Received> received = new ArrayList<>();
  private final List<Double> connectAttemptTimesMs = new ArrayList<>();
  private final VirtualClock clock;

  private boolean isStopped;
  private Integer intervalSeconds = 120;
  private Integer minIntervalSeconds;
  private String trackerId;
  private String warningMessage;
  private String failureReason;
  private boolean isRelayingOffers = true;
  private int connectDelayMs;
  private MessagePolicy incomingPolicy = MessagePolicy.PASS;
  private MessagePolicy outgoingPolicy = MessagePolicy.PASS;

  public FakeTracker(String url, VirtualClock clock, RandomSource random) {
    this.url = url;
    this.clock = clock;
    this.scheduler = clock;
    this.swarms = new TrackerSwarms(random);
  }

  public FakeTracker(String url, VirtualClock clock, long seed) {
    this(url, clock, new SeededRandom(seed));
  }

  /** A factory that hands each URL to the tracker with that URL; other URLs fail to connect. */
  public static WebSocketFactory routing(FakeTracker... trackers) {
    return (target, listener) -> {
      for (FakeTracker t : trackers) {
        if (t.url.equals(target)) {
          return t.open(target, listener);
        }
      }
      return refused(trackers[0].scheduler, listener);
    };
  }

  public String url() {
    return url;
  }

  // ---- behaviour ----

  /** The announce reply's {@code interval}; null leaves the field out. Default 120. */
  public FakeTracker intervalSeconds(Integer value) {
    intervalSeconds = value;
    return this;
  }

  /** The announce reply's {@code min interval}; null (default) leaves it out. */
  public FakeTracker minIntervalSeconds(Integer value) {
    minIntervalSeconds = value;
    return this;
  }

  /** The announce reply's {@code tracker id}; null (default) leaves it out. */
  public FakeTracker trackerId(String value) {
    trackerId = value;
    return this;
  }

  /** The announce reply's {@code warning message}; null (default) leaves it out. */
  public FakeTracker warningMessage(String value) {
    warningMessage = value;
    return this;
  }

  /** While set, every announce is refused with this {@code failure reason}. */
  public FakeTracker failureReason(String value) {
    failureReason = value;
    return this;
  }

  /** Whether offers are relayed (peers are registered either way). Default true. */
  public FakeTracker relayOffers(boolean value) {
    isRelayingOffers = value;
    return this;
  }

  /** Time from open() to onOpen. Default 0 (next turn). */
  public FakeTracker connectDelayMs(int value) {
    connectDelayMs = value;
    return this;
  }

  /** Delays or drops client-to-tracker messages. */
  public FakeTracker incomingPolicy(MessagePolicy value) {
    incomingPolicy = value;
    return this;
  }

  /** Delays or drops tracker-to-client messages (replies, relayed offers and answers, pushes). */
  public FakeTracker outgoingPolicy(MessagePolicy value) {
    outgoingPolicy = value;
    return this;
  }

  /** Closes every socket (clients get onClose) and refuses new ones. */
  public void stop() {
    isStopped = true;
    for (FakeTrackerSocket s : new ArrayList<>(sockets)) {
      s.closeByServer();
    }
  }

  /** Accepts connections again after {@link #stop()}. */
  public void start() {
    isStopped = false;
  }

  /** Sends raw text to the socket on which {@code peerId} announced (any swarm). */
  public void sendTo(String peerId, String text) {
    FakeTrackerSocket s = swarms.socketOf(peerId);
    if (s != null) {
      s.push(text);
    }
  }

  /** Sends raw text to every open socket. */
  public void sendToAll(String text) {
    for (FakeTrackerSocket s : new ArrayList<>(sockets)) {
      s.push(text);
    }
  }

  // ---- inspection ----

  /** Every message clients sent, dropped ones included, in arrival (or drop) order. */
  public List<Received> received() {
    return List.copyOf(received);
  }

  /** Announces (not answers) from {@code peerId} that arrived, in arrival order. */
  public List<Received> announcesFrom(String peerId) {
    List<Received> out = new ArrayList<>();
    for (Received r : received) {
      if (peerId.equals(r.peerId()) && !r.isAnswer() && !r.isDropped()) {
        out.add(r);
      }
    }
    return out;
  }

  /** Peer IDs registered in a swarm, in registration order. */
  public List<String> peersOf(String infoHash) {
    return swarms.peersOf(infoHash);
  }

  public int openSocketCount() {
    return sockets.size();
  }

  /** Times at which clients called open(), refused ones included. */
  public List<Double> connectAttemptTimesMs() {
    return List.copyOf(connectAttemptTimesMs);
  }

  // ---- WebSocketFactory ----

  @Override
  public WebSocketConnection open(String target, WebSocketListener listener) {
    connectAttemptTimesMs.add(clock.nowMs());
    if (isStopped) {
      return refused(scheduler, listener);
    }
    FakeTrackerSocket socket = new FakeTrackerSocket(this, listener);
    scheduler.schedule(
        () -> {
          if (isStopped) {
            socket.refuse();
          } else if (socket.markOpen()) {
            sockets.add(socket);
            listener.onOpen();
          }
        },
        connectDelayMs);
    return socket;
  }

  /** A connection that fails on the next turn with onError then onClose, unless closed first. */
  private static WebSocketConnection refused(Scheduler scheduler, WebSocketListener listener) {
    boolean[] isClosed = {false};
    scheduler.schedule(
        () -> {
          if (!isClosed[0]) {
            isClosed[0] = true;
            listener.onError("connection refused");
            listener.onClose();
          }
        },
        0);
    return new WebSocketConnection() {
      @Override
      public void send(String text) {}

      @Override
      public void close() {
        isClosed[0] = true;
      }
    };
  }

  // ---- used by FakeTrackerSocket ----

  Scheduler scheduler() {
    return scheduler;
  }

  MessagePolicy outgoing() {
    return outgoingPolicy;
  }

  /** A client frame arrived at the socket; the incoming policy decides when it is handled. */
  void onClientFrame(FakeTrackerSocket socket, String text) {
    Map<String, Object> message = parseObject(text);
    int delayMs = incomingPolicy.delayMsOrDrop(message);
    if (delayMs == MessagePolicy.DROP) {
      received.add(new Received(clock.nowMs(), text, message, true));
      return;
    }
    scheduler.schedule(
        () -> {
          received.add(new Received(clock.nowMs(), text, message, false));
          if (message != null && socket.isOpen()) {
            handle(socket, message);
          }
        },
        delayMs);
  }

  void onSocketGone(FakeTrackerSocket socket) {
    sockets.remove(socket);
    swarms.removeSocket(socket);
  }

  private void handle(FakeTrackerSocket socket, Map<String, Object> m) {
    if (!"announce".equals(m.get("action"))) {
      return;
    }
    String infoHash = asString(m.get("info_hash"));
    String peerId = asString(m.get("peer_id"));
    if (infoHash == null || infoHash.length() != 20) {
      socket.push(Json.write(failure("invalid info_hash", infoHash)));
      return;
    }
    if (peerId == null || peerId.length() != 20) {
      socket.push(Json.write(failure("invalid peer_id", infoHash)));
      return;
    }
    if (failureReason != null) {
      socket.push(Json.write(failure(failureReason, infoHash)));
      return;
    }
    if (m.containsKey("answer")) {
      swarms.register(infoHash, peerId, socket);
      relayAnswer(infoHash, peerId, m);
      return;
    }
    if ("stopped".equals(m.get("event"))) {
      swarms.remove(infoHash, peerId);
    } else {
      swarms.register(infoHash, peerId, socket);
    }
    socket.push(Json.write(reply(infoHash)));
    if (isRelayingOffers && m.get("offers") instanceof List<?> offers) {
      relayOffers(infoHash, peerId, offers, m.get("numwant"));
    }
  }

  private Map<String, Object> reply(String infoHash) {
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("action", "announce");
    if (intervalSeconds != null) {
      reply.put("interval", intervalSeconds);
    }
    if (minIntervalSeconds != null) {
      reply.put("min interval", minIntervalSeconds);
    }
    reply.put("info_hash", infoHash);
    reply.put("complete", 0);
    reply.put("incomplete", swarms.peersOf(infoHash).size());
    if (trackerId != null) {
      reply.put("tracker id", trackerId);
    }
    if (warningMessage != null) {
      reply.put("warning message", warningMessage);
    }
    return reply;
  }

  private void relayOffers(String infoHash, String peerId, List<?> offers, Object numwant) {
    int wanted = numwant instanceof Number n ? (int) n.longValue() : offers.size();
    List<FakeTrackerSocket> targets = swarms.randomOthers(infoHash, peerId);
    int count = Math.min(Math.min(wanted, offers.size()), targets.size());
    for (int i = 0; i < count; i++) {
      if (!(offers.get(i) instanceof Map<?, ?> offer)) {
        continue;
      }
      Map<String, Object> relayed = new LinkedHashMap<>();
      relayed.put("action", "announce");
      relayed.put("offer", offer.get("offer"));
      relayed.put("offer_id", offer.get("offer_id"));
      relayed.put("peer_id", peerId);
      relayed.put("info_hash", infoHash);
      targets.get(i).push(Json.write(relayed));
    }
  }

  private void relayAnswer(String infoHash, String peerId, Map<String, Object> m) {
    FakeTrackerSocket target = swarms.socketOf(infoHash, asString(m.get("to_peer_id")));
    if (target == null) {
      return;
    }
    Map<String, Object> relayed = new LinkedHashMap<>();
    relayed.put("action", "announce");
    relayed.put("answer", m.get("answer"));
    relayed.put("offer_id", m.get("offer_id"));
    relayed.put("peer_id", peerId);
    relayed.put("info_hash", infoHash);
    target.push(Json.write(relayed));
  }

  private static Map<String, Object> failure(String reason, String infoHash) {
    Map<String, Object> failure = new LinkedHashMap<>();
    failure.put("action", "announce");
    failure.put("failure reason", reason);
    if (infoHash != null) {
      failure.put("info_hash", infoHash);
    }
    return failure;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> parseObject(String text) {
    try {
      Object value = Json.parse(text);
      return value instanceof Map<?, ?> ? (Map<String, Object>) value : null;
    } catch (JsonException e) {
      return null;
    }
  }

  private static String asString(Object value) {
    return value instanceof String s ? s : null;
  }
}
