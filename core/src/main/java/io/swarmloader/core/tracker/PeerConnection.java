package io.swarmloader.core.tracker;

import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.DataChannel;
import io.swarmloader.core.platform.RtcFactory.RtcConnection;
import io.swarmloader.core.platform.RtcFactory.RtcConnectionListener;

/**
 * One WebRTC connection of a swarm, from creation to open (and, for the winner, until the p2p layer
 * lets go). An offer knows its remote peer only once answered.
 */
final class PeerConnection implements RtcConnectionListener, Runnable {
  private final PeerConnections book;
  private final TrackerSession session;
  private final boolean isOfferer;

  /** Ours for an offer; the remote's, exactly as received, for an answer. */
  private final String offerId;

  private String remotePeerId;
  private RtcConnection rtc;
  private String localSdp;
  private OfferBatch batch;
  private HandedChannel channel;
  private int openOrder = -1;
  private boolean isClosed;

  /** Closes the connection if it has not opened in time. */
  Cancellable deadline = Cancellable.NONE;

  PeerConnection(
      PeerConnections book,
      TrackerSession session,
      boolean isOfferer,
      String offerId,
      String remotePeerId,
      OfferBatch batch) {
    this.book = book;
    this.session = session;
    this.isOfferer = isOfferer;
    this.offerId = offerId;
    this.remotePeerId = remotePeerId;
    this.batch = batch;
  }

  /** The {@link #deadline} task (the connection is its own task: no extra lambda class). */
  @Override
  public void run() {
    book.drop(this);
  }

  /** Sets the platform connection; closes it at once if this was closed in the meantime. */
  void attach(RtcConnection connection) {
    rtc = connection;
    if (isClosed && connection != null) {
      connection.close();
    }
  }

  boolean isOfferer() {
    return isOfferer;
  }

  String offerId() {
    return offerId;
  }

  String remotePeerId() {
    return remotePeerId;
  }

  String localSdp() {
    return localSdp;
  }

  HandedChannel channel() {
    return channel;
  }

  boolean isOpen() {
    return channel != null;
  }

  int openOrder() {
    return openOrder;
  }

  boolean isClosed() {
    return isClosed;
  }

  /** An offer was answered by {@code peerId}; applies the answer SDP. */
  void answered(String peerId, String answerSdp) {
    remotePeerId = peerId;
    if (rtc != null && !isClosed) {
      rtc.acceptAnswer(answerSdp);
    }
  }

  // ---- RtcConnectionListener ----

  @Override
  public void onLocalDescription(String sdp) {
    if (isClosed || localSdp != null) {
      return;
    }
    localSdp = sdp;
    if (isOfferer) {
      settleBatch();
    } else if (!session.sendAnswer(remotePeerId, offerId, sdp)) {
      book.drop(this);
    }
  }

  @Override
  public void onChannelOpen(DataChannel opened) {
    if (isClosed || channel != null) {
      opened.close();
      return;
    }
    deadline.cancel();
    openOrder = book.nextOpenOrder();
    channel = new HandedChannel(opened, this);
    book.onOpen(this);
  }

  @Override
  public void onClosed(String reason) {
    book.onConnectionClosed(this);
  }

  /** The channel closed before it was handed over. */
  void onStandbyChannelClosed() {
    book.onConnectionClosed(this);
  }

  /** Closes channel and connection; the book's state is the caller's business. Idempotent. */
  void close() {
    if (isClosed) {
      return;
    }
    isClosed = true;
    deadline.cancel();
    if (channel != null) {
      channel.closeQuietly();
    }
    closeRtc();
    settleBatch();
  }

  void closeRtc() {
    if (rtc != null) {
      rtc.close();
    }
  }

  private void settleBatch() {
    if (batch != null) {
      OfferBatch b = batch;
      batch = null;
      b.settled(this);
    }
  }
}
