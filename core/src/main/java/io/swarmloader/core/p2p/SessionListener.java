package io.swarmloader.core.p2p;

/** What a {@link PeerSession} reports to its swarm. */
interface SessionListener {
  void onAnnouncement(PeerSession session);

  void onChunkDownloaded(int bytes, String peerId);

  void onChunkUploaded(int bytes, String peerId);

  /** The session is about to disconnect the peer for {@code error}. */
  void onPeerError(String peerId, String error);

  /** The session closed; called exactly once. */
  void onClosed(PeerSession session);
}
