package io.swarmloader.core.p2p;

import java.util.ArrayList;
import java.util.List;

/** Records swarm events as short strings, in order. */
final class RecordingSwarmListener implements SwarmListener {
  final List<String> events = new ArrayList<>();

  @Override
  public void onPeerConnected(RemotePeer peer) {
    events.add("connected " + peer.peerId());
  }

  @Override
  public void onPeerClosed(RemotePeer peer) {
    events.add("closed " + peer.peerId());
  }

  @Override
  public void onPeerAnnouncement(RemotePeer peer) {
    events.add("announcement " + peer.peerId());
  }

  @Override
  public void onChunkDownloaded(int bytes, String peerId) {
    events.add("downloaded " + bytes + " " + peerId);
  }

  @Override
  public void onChunkUploaded(int bytes, String peerId) {
    events.add("uploaded " + bytes + " " + peerId);
  }

  @Override
  public void onPeerError(String peerId, String error) {
    events.add("error " + peerId + " " + error);
  }

  @Override
  public void onTrackerWarning(String warning) {
    events.add("tracker warning " + warning);
  }

  @Override
  public void onTrackerError(String error) {
    events.add("tracker error " + error);
  }

  long count(String prefix) {
    return events.stream().filter(e -> e.startsWith(prefix)).count();
  }

  void clear() {
    events.clear();
  }
}
