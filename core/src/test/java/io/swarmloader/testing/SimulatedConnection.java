package io.swarmloader.testing;

import io.swarmloader.core.platform.RtcFactory.RtcConnection;
import io.swarmloader.core.platform.RtcFactory.RtcConnectionListener;

/** One side of a simulated peer connection; see {@link SimulatedNetwork} for the model. */
final class SimulatedConnection implements RtcConnection {
  private final SimulatedNetwork network;
  private final SimulatedEndpoint endpoint;
  private final RtcConnectionListener listener;
  private final String remoteOfferSdp;
  private final boolean isOfferer;

  /** Answerer: the offer it answers. Offerer: the answerer whose answer it accepted. */
  private SimulatedConnection peer;

  private boolean isAnswerAccepted;
  private boolean isClosed;
  private SimulatedChannel channel;

  SimulatedConnection(
      SimulatedNetwork network,
      SimulatedEndpoint endpoint,
      RtcConnectionListener listener,
      String remoteOfferSdp) {
    this.network = network;
    this.endpoint = endpoint;
    this.listener = listener;
    this.remoteOfferSdp = remoteOfferSdp;
    this.isOfferer = remoteOfferSdp == null;
  }

  SimulatedEndpoint endpoint() {
    return endpoint;
  }

  boolean isOfferer() {
    return isOfferer;
  }

  SimulatedNetwork network() {
    return network;
  }

  /** The paired remote side, once the offer/answer exchange completed; null before. */
  SimulatedConnection peer() {
    return isPaired() ? peer : null;
  }

  boolean hasOpenChannel() {
    return channel != null && !channel.isClosed();
  }

  void startOffer() {
    String sdp = network.register(this, "offer");
    network.scheduler.schedule(() -> describe(sdp), network.gatheringDelayMs());
  }

  void startAnswer() {
    SimulatedConnection offer = network.lookup(remoteOfferSdp);
    if (offer == null || !offer.isOfferer) {
      network.scheduler.schedule(() -> failLocal("invalid remote offer"), 0);
      return;
    }
    peer = offer;
    String sdp = network.register(this, "answer");
    network.scheduler.schedule(() -> describe(sdp), network.gatheringDelayMs());
  }

  private void describe(String sdp) {
    if (!isClosed) {
      listener.onLocalDescription(sdp);
    }
  }

  @Override
  public void acceptAnswer(String remoteAnswerSdp) {
    if (isClosed || !isOfferer) {
      return;
    }
    SimulatedConnection answer = network.lookup(remoteAnswerSdp);
    if (isAnswerAccepted || answer == null || answer.isOfferer || answer.peer != this) {
      network.scheduler.schedule(() -> failLocal("invalid remote answer"), 0);
      return;
    }
    isAnswerAccepted = true;
    peer = answer;
    String a = endpoint.name();
    String b = answer.endpoint.name();
    boolean fails =
        answer.isClosed
            || endpoint.isVanished()
            || answer.endpoint.isVanished()
            || network.isPartitioned(a, b)
            || network.isSetupLost();
    if (fails) {
      network.scheduler.schedule(
          () -> failBothSidesNow("ICE failed"), network.setupFailureDelayMs());
    } else {
      network.scheduler.schedule(this::open, 2 * network.latencyMs());
    }
  }

  private void open() {
    if (isClosed || peer.isClosed) {
      return; // whoever closed has already scheduled the other side's notice
    }
    SimulatedChannel mine = new SimulatedChannel(this);
    SimulatedChannel theirs = new SimulatedChannel(peer);
    mine.connect(theirs);
    theirs.connect(mine);
    channel = mine;
    peer.channel = theirs;
    listener.onChannelOpen(mine);
    if (!peer.isClosed && !theirs.isClosed()) {
      peer.listener.onChannelOpen(theirs);
    }
  }

  @Override
  public void close() {
    if (isClosed) {
      return;
    }
    isClosed = true;
    endpoint.forget(this);
    if (channel != null) {
      channel.closeWithConnection();
    } else if (isPaired()) {
      SimulatedConnection other = peer;
      network.scheduler.schedule(() -> other.failLocal("remote closed"), network.latencyMs());
    }
  }

  /** The browser vanished: like close(), and its own listeners were never going to hear anyway. */
  void vanish() {
    close();
  }

  /** Partition with CLOSE_CHANNELS: both sides fail after one latency. */
  void failBothSides(String reason) {
    network.scheduler.schedule(() -> failBothSidesNow(reason), network.latencyMs());
  }

  private void failBothSidesNow(String reason) {
    failLocal(reason);
    if (peer != null) {
      peer.failLocal(reason);
    }
  }

  /** The connection ended for a reason outside this side: channel and connection hear it. */
  void failLocal(String reason) {
    if (isClosed) {
      return;
    }
    isClosed = true;
    endpoint.forget(this);
    if (channel != null) {
      channel.notifyClosed(reason);
    }
    listener.onClosed(reason);
  }

  private boolean isPaired() {
    if (peer == null) {
      return false;
    }
    return isOfferer ? isAnswerAccepted : peer.isAnswerAccepted && peer.peer == this;
  }
}
