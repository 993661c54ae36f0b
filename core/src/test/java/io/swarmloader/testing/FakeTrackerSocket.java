package io.swarmloader.testing;

import io.swarmloader.core.platform.WebSocketFactory.WebSocketConnection;
import io.swarmloader.core.platform.WebSocketFactory.WebSocketListener;

/** One client connection to a {@link FakeTracker}, seen from both ends. */
final class FakeTrackerSocket implements WebSocketConnection {
  private final FakeTracker tracker;
  private final WebSocketListener listener;
  private boolean isOpen;

  /** Closed by either side: from then on the client's listener hears nothing more. */
  private boolean isClosed;

  FakeTrackerSocket(FakeTracker tracker, WebSocketListener listener) {
    this.tracker = tracker;
    this.listener = listener;
  }

  boolean isOpen() {
    return isOpen && !isClosed;
  }

  /** Returns false when the client closed before the connection completed. */
  boolean markOpen() {
    if (isClosed) {
      return false;
    }
    isOpen = true;
    return true;
  }

  void refuse() {
    if (!isClosed) {
      isClosed = true;
      listener.onError("connection refused");
      listener.onClose();
    }
  }

  @Override
  public void send(String text) {
    if (isOpen()) {
      tracker.onClientFrame(this, text);
    }
  }

  @Override
  public void close() {
    if (!isClosed) {
      isClosed = true;
      isOpen = false;
      tracker.onSocketGone(this);
    }
  }

  /** The tracker closes the socket: the client hears onClose on the next turn. */
  void closeByServer() {
    if (isClosed) {
      return;
    }
    isClosed = true;
    isOpen = false;
    tracker.onSocketGone(this);
    tracker.scheduler().schedule(listener::onClose, 0);
  }

  /** Tracker-to-client frame, subject to the tracker's outgoing policy. */
  void push(String text) {
    int delayMs = tracker.outgoing().delayMsOrDrop(FakeTracker.parseObject(text));
    if (delayMs == FakeTracker.MessagePolicy.DROP) {
      return;
    }
    tracker
        .scheduler()
        .schedule(
            () -> {
              if (isOpen()) {
                listener.onMessage(text);
              }
            },
            delayMs);
  }
}
