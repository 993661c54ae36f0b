package io.swarmloader.core.tracker;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.p2p.PeerConnector;
import io.swarmloader.core.p2p.PeerConnector.ConnectionListener;
import io.swarmloader.core.platform.DataChannel;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.platform.WebSocketFactory;
import io.swarmloader.testing.FakeTracker;
import io.swarmloader.testing.JvmTextSemantics;
import io.swarmloader.testing.SeededRandom;
import io.swarmloader.testing.SimulatedEndpoint;
import io.swarmloader.testing.SimulatedNetwork;
import io.swarmloader.testing.VirtualClock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Engines with a {@link TrackerClient} each, on one {@link FakeTracker} and one {@link
 * SimulatedNetwork}, driven by one {@link VirtualClock}. {@link Swarm} plays the p2p layer: it
 * records events and reports closed channels back with {@code onPeerDisconnected}.
 */
final class TrackerTestBed {
  static final String URL = "wss://tracker.test";
  static final String HASH_1 = "f5qLjfPZIP24d606pZX/";
  static final String HASH_2 = "inmRsbVmWfbvgnlkL4BJ";

  final VirtualClock clock = new VirtualClock();
  final FakeTracker tracker;
  final SimulatedNetwork network;
  WebSocketFactory webSockets;
  final List<Engine> engines = new ArrayList<>();
  private final long seed;

  TrackerTestBed() {
    this(1);
  }

  TrackerTestBed(long seed) {
    this.seed = seed;
    this.tracker = new FakeTracker(URL, clock, seed * 31 + 1);
    this.network = new SimulatedNetwork(clock, seed * 31 + 2);
    this.webSockets = tracker;
  }

  static StreamConfig config(UnaryOperator<StreamConfig.Builder> changes) {
    return changes.apply(StreamConfig.builder().announceTrackers(List.of(URL))).build();
  }

  static StreamConfig config() {
    return config(b -> b);
  }

  /** A peer ID of 20 characters: prefix plus {@code name} padded with its last char. */
  static String peerId(String prefix, String name) {
    StringBuilder id = new StringBuilder(prefix).append(name);
    while (id.length() < 20) {
      id.append(name.charAt(name.length() - 1));
    }
    return id.substring(0, 20);
  }

  Engine engine(String name) {
    Engine e = new Engine(name);
    engines.add(e);
    return e;
  }

  void runMs(int ms) {
    clock.advanceMs(ms);
  }

  final class Engine {
    final String name;
    final SimulatedEndpoint endpoint;
    final TrackerClient client;
    final List<String> logs = new ArrayList<>();

    Engine(String name) {
      this.name = name;
      this.endpoint = network.endpoint(name);
      Logger logger = (level, message) -> logs.add(level + ": " + message);
      this.client =
          new TrackerClient(
              clock,
              new SeededRandom(seed * 1000 + engines.size()),
              webSockets,
              endpoint,
              logger,
              new JvmTextSemantics(),
              TrackerUrlPolicy.DEFAULT);
    }

    Swarm join(String infoHash, String peerId) {
      return join(infoHash, peerId, config());
    }

    Swarm join(String infoHash, String peerId, StreamConfig config) {
      Swarm swarm = new Swarm(peerId);
      swarm.connector = client.join(infoHash, peerId, () -> config);
      swarm.connector.start(swarm);
      return swarm;
    }
  }

  /** A fake p2p layer for one swarm. */
  static final class Swarm implements ConnectionListener {
    final String peerId;
    PeerConnector connector;

    /** "connected:ID", "closed:ID", "warning:TEXT", "error:TEXT" in order. */
    final List<String> events = new ArrayList<>();

    final List<String> warnings = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final Map<String, DataChannel> peers = new LinkedHashMap<>();
    final Map<String, List<String>> received = new LinkedHashMap<>();
    boolean isDisconnectingOnClose = true;

    Swarm(String peerId) {
      this.peerId = peerId;
    }

    @Override
    public void onPeerConnected(String remotePeerId, DataChannel channel) {
      events.add("connected:" + remotePeerId);
      peers.put(remotePeerId, channel);
      channel.setListener(
          new DataChannel.DataChannelListener() {
            @Override
            public void onMessage(byte[] message) {
              received
                  .computeIfAbsent(remotePeerId, k -> new ArrayList<>())
                  .add(new String(message, StandardCharsets.UTF_8));
            }

            @Override
            public void onTextMessage(String text) {}

            @Override
            public void onBufferedAmountLow() {}

            @Override
            public void onClosed(String reason) {
              events.add("closed:" + remotePeerId);
              if (peers.get(remotePeerId) == channel) {
                peers.remove(remotePeerId);
              }
              if (isDisconnectingOnClose) {
                connector.onPeerDisconnected(remotePeerId);
              }
            }
          });
    }

    @Override
    public void onTrackerWarning(String warning) {
      events.add("warning:" + warning);
      warnings.add(warning);
    }

    @Override
    public void onTrackerError(String error) {
      events.add("error:" + error);
      errors.add(error);
    }

    void send(String remotePeerId, String text) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      peers.get(remotePeerId).send(bytes, 0, bytes.length);
    }

    List<String> receivedFrom(String remotePeerId) {
      return received.getOrDefault(remotePeerId, List.of());
    }

    /** The p2p layer closes a peer and reports it. */
    void disconnect(String remotePeerId) {
      DataChannel channel = peers.remove(remotePeerId);
      channel.close();
      connector.onPeerDisconnected(remotePeerId);
    }

    long connectedCount() {
      return events.stream().filter(e -> e.startsWith("connected:")).count();
    }
  }
}
