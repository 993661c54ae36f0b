package io.swarmloader.core.p2p;

import io.swarmloader.testing.ScriptedDataChannel;
import java.util.ArrayList;
import java.util.List;

/** A {@link PeerConnector} whose peers connect when the test says so. */
final class FakePeerConnector implements PeerConnector {
  final List<String> disconnected = new ArrayList<>();
  ConnectionListener listener;
  int startCalls;
  int destroyCalls;

  @Override
  public void start(ConnectionListener listener) {
    this.listener = listener;
    startCalls++;
  }

  @Override
  public void onPeerDisconnected(String peerId) {
    disconnected.add(peerId);
  }

  @Override
  public void destroy() {
    destroyCalls++;
  }

  /** Opens a channel to {@code peerId} and hands it over. */
  ScriptedDataChannel connect(String peerId) {
    return connect(peerId, new ScriptedDataChannel());
  }

  ScriptedDataChannel connect(String peerId, ScriptedDataChannel channel) {
    listener.onPeerConnected(peerId, channel);
    return channel;
  }
}
