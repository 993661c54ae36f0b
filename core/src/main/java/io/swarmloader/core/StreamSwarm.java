package io.swarmloader.core;

import io.swarmloader.core.model.StreamInfo;
import io.swarmloader.core.p2p.P2pSwarm;
import io.swarmloader.core.p2p.RemotePeer;
import io.swarmloader.core.platform.Cancellable;
import java.util.List;

/**
 * One stream's swarm as the engine holds it: its identifiers, the {@link P2pSwarm} and, while the
 * stream is not current, the linger timer (player-integration.md §5.1).
 */
final class StreamSwarm {
  final StreamInfo stream;
  final String swarmId;
  final String streamSwarmId;
  final String infoHash;
  final String peerId;
  final P2pSwarm swarm;
  private Cancellable lingerTimer = Cancellable.NONE;

  StreamSwarm(
      StreamInfo stream,
      String swarmId,
      String streamSwarmId,
      String infoHash,
      String peerId,
      P2pSwarm swarm) {
    this.stream = stream;
    this.swarmId = swarmId;
    this.streamSwarmId = streamSwarmId;
    this.infoHash = infoHash;
    this.peerId = peerId;
    this.swarm = swarm;
  }

  List<RemotePeer> connectedPeers() {
    return swarm.connectedPeers();
  }

  void setLingerTimer(Cancellable timer) {
    lingerTimer.cancel();
    lingerTimer = timer;
  }

  void cancelLinger() {
    lingerTimer.cancel();
    lingerTimer = Cancellable.NONE;
  }

  void destroy() {
    cancelLinger();
    swarm.destroy();
  }
}
