package io.swarmloader.testing;

import io.swarmloader.core.platform.Clock;
import io.swarmloader.core.platform.RandomSource;
import io.swarmloader.core.platform.Scheduler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A simulated WebRTC network shared by several simulated browsers ("endpoints"). Each {@link
 * #endpoint(String)} is an {@link io.swarmloader.core.platform.RtcFactory} for one browser.
 *
 * <p>Model, all deterministic under a {@link VirtualClock} and a seed:
 *
 * <ul>
 *   <li>SDP strings are opaque tokens ({@code sim-offer:N}, {@code sim-answer:N}) that the network
 *       uses to pair an offer with its answer. Local SDP is ready {@link #gatheringDelayMs(int)}
 *       after creation.
 *   <li>After the offerer accepts a matching answer, both sides open their channel one round trip
 *       (2 × latency) later, in one task, offerer first. A setup fails instead (both sides get
 *       {@code onClosed} after {@link #setupFailureDelayMs(int)}) when it is lost (seeded {@link
 *       #setupLossProbability(double)}), when the two endpoints are partitioned, or when one has
 *       vanished. An invalid offer or answer closes the connection on the next turn.
 *   <li>Channels are ordered and reliable: messages arrive after the one-way latency, serialised at
 *       {@link #bandwidthBytesPerSecond(int)} per direction. {@code bufferedAmount} counts bytes
 *       not yet serialised; with unlimited bandwidth it drains on the next turn. {@code
 *       onBufferedAmountLow} fires when it falls from above 65536 to at most 65536.
 *   <li>Closing a channel end (or its connection) notifies the other end after the messages already
 *       in flight. Closing a connection also fires the remote connection's {@code onClosed}.
 *   <li>Messages that arrive at an end with no listener are lost, as with no {@code onmessage}.
 *   <li>Sending more than {@link #maxMessageSize(int)} bytes throws: the code under test broke the
 *       rule of wire-protocol.md §4.
 * </ul>
 */
public final class SimulatedNetwork {
  /** How a partition between two endpoints behaves. */
  public enum PartitionMode {
    /** Messages between them are lost (in flight too) and new setups fail; channels stay open. */
    DROP_MESSAGES,
    /** Like {@link #DROP_MESSAGES}, and every existing connection between them fails. */
    CLOSE_CHANNELS
  }

  /** The bufferedAmountLowThreshold of wire-protocol.md §4. */
  public static final int BUFFERED_AMOUNT_LOW_THRESHOLD = 65_536;

  final Clock clock;
  final Scheduler scheduler;
  private final RandomSource random;
  private final Map<String, SimulatedEndpoint> endpoints = new LinkedHashMap<>();
  private final Map<String, SimulatedConnection> connectionsBySdp = new HashMap<>();
  private final Map<String, PartitionMode> partitions = new HashMap<>();
  private int nextId = 1;

  private int latencyMs = 10;
  private int bandwidthBytesPerSecond = 0;
  private int gatheringDelayMs = 50;
  private double setupLossProbability = 0;
  private int setupFailureDelayMs = 15_000;
  private int maxMessageSize = 65_535;

  public SimulatedNetwork(Clock clock, Scheduler scheduler, RandomSource random) {
    this.clock = clock;
    this.scheduler = scheduler;
    this.random = random;
  }

  public SimulatedNetwork(VirtualClock clock, long seed) {
    this(clock, clock, new SeededRandom(seed));
  }

  /** One-way latency of signalling-free traffic (channel messages, close notices). */
  public SimulatedNetwork latencyMs(int value) {
    latencyMs = value;
    return this;
  }

  /** Serialisation rate per channel direction; 0 means unlimited. */
  public SimulatedNetwork bandwidthBytesPerSecond(int value) {
    bandwidthBytesPerSecond = value;
    return this;
  }

  /** Time from createOffer/createAnswer to onLocalDescription. */
  public SimulatedNetwork gatheringDelayMs(int value) {
    gatheringDelayMs = value;
    return this;
  }

  /** Probability that an otherwise good connection setup fails. */
  public SimulatedNetwork setupLossProbability(double value) {
    setupLossProbability = value;
    return this;
  }

  /** Time after which a failed setup reports onClosed on both sides. */
  public SimulatedNetwork setupFailureDelayMs(int value) {
    setupFailureDelayMs = value;
    return this;
  }

  /** Largest message a channel accepts. */
  public SimulatedNetwork maxMessageSize(int value) {
    maxMessageSize = value;
    return this;
  }

  /** The RtcFactory of the browser called {@code name}; created on first use. */
  public SimulatedEndpoint endpoint(String name) {
    return endpoints.computeIfAbsent(name, n -> new SimulatedEndpoint(this, n));
  }

  /** Starts a partition between two endpoints (both directions). */
  public void partition(String a, String b, PartitionMode mode) {
    partitions.put(pairKey(a, b), mode);
    if (mode == PartitionMode.CLOSE_CHANNELS) {
      for (SimulatedConnection c : liveConnections()) {
        SimulatedConnection peer = c.peer();
        if (peer != null && c.endpoint().name().equals(a) && peer.endpoint().name().equals(b)) {
          c.failBothSides("partitioned");
        }
      }
    }
  }

  /** Ends a partition. */
  public void heal(String a, String b) {
    partitions.remove(pairKey(a, b));
  }

  /**
   * The browser {@code name} disappears: its connections end without telling it, every remote end
   * gets onClosed, and later setups with it fail.
   */
  public void vanish(String name) {
    SimulatedEndpoint endpoint = endpoint(name);
    endpoint.markVanished();
    for (SimulatedConnection c : liveConnections()) {
      if (c.endpoint() == endpoint) {
        c.vanish();
      }
    }
  }

  /** Connections not yet closed on their own side, over all endpoints. */
  public int liveConnectionCount() {
    return liveConnections().size();
  }

  /** Channel ends that are open (not closed on their own side), over all endpoints. */
  public int openChannelCount() {
    int count = 0;
    for (SimulatedEndpoint e : endpoints.values()) {
      count += e.openChannelCount();
    }
    return count;
  }

  private List<SimulatedConnection> liveConnections() {
    List<SimulatedConnection> all = new ArrayList<>();
    for (SimulatedEndpoint e : endpoints.values()) {
      all.addAll(e.liveConnections());
    }
    return all;
  }

  // ---- used by the connection and channel classes ----

  int latencyMs() {
    return latencyMs;
  }

  int bandwidthBytesPerSecond() {
    return bandwidthBytesPerSecond;
  }

  int gatheringDelayMs() {
    return gatheringDelayMs;
  }

  int setupFailureDelayMs() {
    return setupFailureDelayMs;
  }

  int maxMessageSize() {
    return maxMessageSize;
  }

  String register(SimulatedConnection connection, String kind) {
    String sdp = "sim-" + kind + ":" + nextId++;
    connectionsBySdp.put(sdp, connection);
    return sdp;
  }

  SimulatedConnection lookup(String sdp) {
    return connectionsBySdp.get(sdp);
  }

  boolean isPartitioned(String a, String b) {
    return partitions.containsKey(pairKey(a, b));
  }

  boolean isSetupLost() {
    return setupLossProbability > 0 && random.nextDouble() < setupLossProbability;
  }

  /** Runs {@code task} after {@code atMs} (absolute virtual time), never before. */
  void runAt(double atMs, Runnable task) {
    scheduler.schedule(task, (int) Math.ceil(Math.max(0, atMs - clock.nowMs())));
  }

  private static String pairKey(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
  }
}
