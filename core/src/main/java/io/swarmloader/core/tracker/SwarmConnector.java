package io.swarmloader.core.tracker;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.p2p.PeerConnector;
import io.swarmloader.core.platform.DataChannel;
import io.swarmloader.core.util.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The {@link PeerConnector} of one swarm: a session per tracker, and the book of this swarm's peer
 * connections. Listener calls are guarded: none after {@link #destroy()}, and an exception thrown
 * by the listener is logged, never propagated into the tracker client.
 */
final class SwarmConnector implements PeerConnector {
  private final TrackerClient client;
  private final String infoHash;
  private final String peerId;
  private final Supplier<StreamConfig> config;
  private final List<TrackerSession> sessions = new ArrayList<>();
  private final PeerConnections connections;
  private ConnectionListener listener;
  private boolean isStarted;
  private boolean isDestroyed;

  SwarmConnector(
      TrackerClient client, String infoHash, String peerId, Supplier<StreamConfig> config) {
    this.client = client;
    this.infoHash = infoHash;
    this.peerId = peerId;
    this.config = config;
    this.connections = new PeerConnections(this);
  }

  @Override
  public void start(ConnectionListener listener) {
    if (isStarted || isDestroyed) {
      return;
    }
    isStarted = true;
    this.listener = listener;
    List<String> urls =
        TrackerUrls.normalize(config().announceTrackers(), client.urlPolicy, this::warn);
    if (urls.isEmpty()) {
      error("no usable tracker URL in announceTrackers");
      return;
    }
    for (String url : urls) {
      if (isDestroyed) {
        return;
      }
      TrackerSocket socket = client.acquireSocket(url);
      TrackerSession session = new TrackerSession(this, socket);
      sessions.add(session);
      socket.attach(session);
    }
  }

  @Override
  public void onPeerDisconnected(String remotePeerId) {
    if (!isDestroyed) {
      connections.onPeerDisconnected(remotePeerId);
    }
  }

  /**
   * Leaves the swarm: a {@code stopped} announce to each tracker whose socket stays open for other
   * swarms, then pending connections closed and timers cancelled. Handed-over channels stay with
   * the listener.
   */
  @Override
  public void destroy() {
    destroy(/* isStoppedSent= */ true);
  }

  /** Used by {@link TrackerClient#destroy()}, which closes every socket anyway. */
  void destroyWithoutStopped() {
    destroy(/* isStoppedSent= */ false);
  }

  private void destroy(boolean isStoppedSent) {
    if (isDestroyed) {
      return;
    }
    isDestroyed = true;
    for (TrackerSession s : sessions) {
      s.leave(isStoppedSent);
    }
    sessions.clear();
    connections.destroy();
    client.forget(this);
  }

  // ---- used by sessions and the connection book ----

  String infoHash() {
    return infoHash;
  }

  String peerId() {
    return peerId;
  }

  boolean isDestroyed() {
    return isDestroyed;
  }

  TrackerClient client() {
    return client;
  }

  PeerConnections connections() {
    return connections;
  }

  StreamConfig config() {
    return config.get();
  }

  void handOver(String remotePeerId, DataChannel channel) {
    if (isDestroyed) {
      channel.close();
      return;
    }
    try {
      listener.onPeerConnected(remotePeerId, channel);
    } catch (RuntimeException e) {
      client.logger.warn(Text.cat("onPeerConnected listener failed: ", e.getMessage()));
    }
  }

  void warn(String warning) {
    report(false, warning);
  }

  void error(String error) {
    report(true, error);
  }

  /** Hands a tracker warning or error to the listener; a listener exception is logged. */
  private void report(boolean isError, String text) {
    if (isDestroyed || listener == null) {
      return;
    }
    try {
      if (isError) {
        listener.onTrackerError(text);
      } else {
        listener.onTrackerWarning(text);
      }
    } catch (RuntimeException e) {
      String what =
          isError ? "onTrackerError listener failed: " : "onTrackerWarning listener failed: ";
      client.logger.warn(Text.cat(what, e.getMessage()));
    }
  }
}
