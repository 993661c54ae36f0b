package io.swarmloader.core.p2p;

/**
 * Events of one {@link P2pSwarm}. Listeners are quick, do not throw, and do not call back into the
 * swarm synchronously except to read state. Every method has a no-op default.
 */
public interface SwarmListener {
  /** A listener that ignores everything. */
  SwarmListener NONE = new SwarmListener() {};

  /** A data channel opened; the peer is in {@link P2pSwarm#connectedPeers()}. */
  default void onPeerConnected(RemotePeer peer) {}

  /** The peer was closed and removed; fires exactly once per connected peer (§8.6). */
  default void onPeerClosed(RemotePeer peer) {}

  /** The peer's announced sets changed (each announcement replaces the previous one). */
  default void onPeerAnnouncement(RemotePeer peer) {}

  /** A data chunk of a download arrived from {@code peerId}. */
  default void onChunkDownloaded(int bytes, String peerId) {}

  /** A data chunk of an upload was sent to {@code peerId}. */
  default void onChunkUploaded(int bytes, String peerId) {}

  /** The peer misbehaved and is being disconnected; {@code error} says why. */
  default void onPeerError(String peerId, String error) {}

  default void onTrackerWarning(String warning) {}

  default void onTrackerError(String error) {}
}
