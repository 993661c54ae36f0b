package io.swarmloader.core.tracker;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.p2p.PeerConnector;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.platform.Platform;
import io.swarmloader.core.platform.RandomSource;
import io.swarmloader.core.platform.RtcFactory;
import io.swarmloader.core.platform.Scheduler;
import io.swarmloader.core.platform.TextSemantics;
import io.swarmloader.core.platform.WebSocketFactory;
import io.swarmloader.core.util.OrderedMap;
import io.swarmloader.core.util.Text;
import java.util.function.Supplier;

/**
 * The engine's WebTorrent tracker client (wire-protocol.md §3, §4, §10). One per engine.
 *
 * <ul>
 *   <li>{@link #join} gives one {@link PeerConnector} per swarm (info hash). Its {@code start}
 *       opens (or reuses) one WebSocket per tracker URL; all swarms of this client share these
 *       sockets, and incoming messages are routed by {@code info_hash}. A socket closes when no
 *       started swarm uses it any more.
 *   <li>Limits are read from the swarm's {@code StreamConfig} supplier at each decision: {@code
 *       maxPeersPerSwarm} and {@code maxPendingOffers} per swarm, {@code maxPeerConnections} over
 *       every swarm of this client (connected, connecting and unanswered offers). The tracker list
 *       is read once, at {@code start}.
 *   <li>Reports go to the swarm's {@code ConnectionListener}: {@code onTrackerWarning} for socket
 *       errors, {@code failure reason}, {@code warning message} and invalid tracker JSON; {@code
 *       onTrackerError} when no tracker URL is usable or the platform refuses to create a socket or
 *       a peer connection.
 *   <li>Contract with the p2p layer: for every {@code onPeerConnected(peerId, channel)} it calls
 *       {@code onPeerDisconnected(peerId)} once, when that channel closes or when it closes it.
 *   <li>Single-threaded; never throws for anything a tracker or peer sends.
 * </ul>
 */
public final class TrackerClient {
  final Scheduler scheduler;
  final RandomSource random;
  final WebSocketFactory webSockets;
  final RtcFactory rtc;
  final Logger logger;
  final TextSemantics text;
  final TrackerUrlPolicy urlPolicy;

  private final OrderedMap<TrackerSocket> sockets = new OrderedMap<>();
  private final OrderedMap<SwarmConnector> swarms = new OrderedMap<>();
  private boolean isDestroyed;

  public TrackerClient(
      Scheduler scheduler,
      RandomSource random,
      WebSocketFactory webSockets,
      RtcFactory rtc,
      Logger logger,
      TextSemantics text,
      TrackerUrlPolicy urlPolicy) {
    this.scheduler = scheduler;
    this.random = random;
    this.webSockets = webSockets;
    this.rtc = rtc;
    this.logger = logger;
    this.text = text;
    this.urlPolicy = urlPolicy;
  }

  /** A client using the platform's scheduler, randomness, sockets, WebRTC, logger and JSON. */
  public static TrackerClient create(Platform platform, TrackerUrlPolicy urlPolicy) {
    return new TrackerClient(
        platform.scheduler(),
        platform.random(),
        platform.webSockets(),
        platform.rtc(),
        platform.logger(),
        platform.text(),
        urlPolicy);
  }

  /**
   * A connector for the swarm {@code infoHash}, announcing as {@code peerId} (wire-protocol.md
   * §2.4, §2.5). Nothing happens until its {@code start}. After {@link #destroy()} the connector is
   * inert.
   *
   * @throws IllegalStateException when a connector for this info hash is still joined: one engine
   *     holds one connector per swarm (wire-protocol.md §2.5)
   */
  public PeerConnector join(String infoHash, String peerId, Supplier<StreamConfig> config) {
    SwarmConnector connector = new SwarmConnector(this, infoHash, peerId, config);
    if (isDestroyed) {
      connector.destroy();
      return connector;
    }
    if (swarms.containsKey(infoHash)) {
      throw new IllegalStateException(Text.cat("swarm already joined: ", infoHash));
    }
    swarms.put(infoHash, connector);
    return connector;
  }

  /** Connected, connecting and unanswered-offer connections over every swarm of this client. */
  public int connectionCount() {
    int count = 0;
    for (SwarmConnector s : swarms.valueList()) {
      count += s.connections().connectionCount();
    }
    return count;
  }

  /** Tracker sockets held (open, opening or waiting to reconnect). */
  public int socketCount() {
    return sockets.size();
  }

  /**
   * Destroys every connector and closes every socket, without {@code stopped} announces (the
   * tracker drops a closed socket's peers). Idempotent.
   */
  public void destroy() {
    if (isDestroyed) {
      return;
    }
    isDestroyed = true;
    for (SwarmConnector s : swarms.valueList()) {
      s.destroyWithoutStopped();
    }
    swarms.clear();
    for (TrackerSocket socket : sockets.valueList()) {
      socket.destroy();
    }
    sockets.clear();
  }

  // ---- used by the connectors and sockets ----

  boolean isDestroyed() {
    return isDestroyed;
  }

  TrackerSocket acquireSocket(String url) {
    TrackerSocket socket = sockets.get(url);
    if (socket == null) {
      socket = new TrackerSocket(this, url);
      sockets.put(url, socket);
    }
    return socket;
  }

  void releaseSocket(TrackerSocket socket) {
    if (sockets.get(socket.url()) == socket) {
      sockets.remove(socket.url());
    }
    socket.destroy();
  }

  void forget(SwarmConnector connector) {
    if (swarms.get(connector.infoHash()) == connector) {
      swarms.remove(connector.infoHash());
    }
  }
}
