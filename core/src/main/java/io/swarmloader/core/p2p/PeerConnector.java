package io.swarmloader.core.p2p;

import io.swarmloader.core.platform.DataChannel;

/**
 * Finds peers for one swarm (one info hash) and hands over their open data channels. Implemented by
 * the tracker client. Closing a handed-over channel closes its connection.
 */
public interface PeerConnector {
  void start(ConnectionListener listener);

  /** A handed-over peer was closed by the swarm; frees its connection slot. */
  void onPeerDisconnected(String peerId);

  /** Leaves the swarm: closes pending connections and stops announcing. Idempotent. */
  void destroy();

  /** Events of the connector. */
  interface ConnectionListener {
    /** A data channel to {@code peerId} opened; the listener owns it now. */
    void onPeerConnected(String peerId, DataChannel channel);

    void onTrackerWarning(String warning);

    void onTrackerError(String error);
  }
}
