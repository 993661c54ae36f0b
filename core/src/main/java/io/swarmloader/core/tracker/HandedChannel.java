package io.swarmloader.core.tracker;

import io.swarmloader.core.platform.DataChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * The channel of an open connection as the p2p layer sees it. Before it is handed over (a standby
 * duplicate) it holds incoming messages, so a promoted connection loses nothing the remote sent
 * meanwhile; {@link #setListener} replays them synchronously. Closing it closes its connection too
 * (the {@code PeerConnector} contract).
 */
final class HandedChannel implements DataChannel, DataChannel.DataChannelListener {
  /** Bytes held for a standby channel; beyond this, messages are dropped. */
  static final int MAX_HELD_BYTES = 1 << 20;

  private final DataChannel inner;
  private final PeerConnection owner;
  private DataChannelListener target;
  private List<Object> held = new ArrayList<>();
  private int heldBytes;
  private boolean isClosed;

  HandedChannel(DataChannel inner, PeerConnection owner) {
    this.inner = inner;
    this.owner = owner;
    inner.setListener(this);
  }

  // ---- DataChannel, for the p2p layer ----

  @Override
  public void send(byte[] data, int offset, int length) {
    if (!isClosed) {
      inner.send(data, offset, length);
    }
  }

  @Override
  public int bufferedAmount() {
    return inner.bufferedAmount();
  }

  @Override
  public int maxMessageSize() {
    return inner.maxMessageSize();
  }

  @Override
  public void setListener(DataChannelListener listener) {
    target = listener;
    List<Object> replay = held;
    held = new ArrayList<>();
    heldBytes = 0;
    for (Object item : replay) {
      if (isClosed || target != listener) {
        return;
      }
      if (item instanceof byte[] bytes) {
        listener.onMessage(bytes);
      } else {
        listener.onTextMessage((String) item);
      }
    }
  }

  @Override
  public void close() {
    if (!isClosed) {
      isClosed = true;
      inner.close();
      owner.closeRtc();
    }
  }

  // ---- tracker-client side ----

  /** Closes without telling anyone (a standby duplicate, or the owner closing). */
  void closeQuietly() {
    if (!isClosed) {
      isClosed = true;
      held.clear();
      inner.close();
    }
  }

  /**
   * Takes a handed-over channel back (a preferred duplicate opened): closes it and tells the
   * listener, which then reports the peer disconnected.
   */
  void revoke(String reason) {
    if (isClosed) {
      return;
    }
    isClosed = true;
    inner.close();
    owner.closeRtc();
    if (target != null) {
      target.onClosed(reason);
    }
  }

  // ---- DataChannelListener, from the platform ----

  @Override
  public void onMessage(byte[] message) {
    if (isClosed) {
      return;
    }
    if (target != null) {
      target.onMessage(message);
    } else if (heldBytes + message.length <= MAX_HELD_BYTES) {
      held.add(message);
      heldBytes += message.length;
    }
  }

  @Override
  public void onTextMessage(String text) {
    if (isClosed) {
      return;
    }
    if (target != null) {
      target.onTextMessage(text);
    } else if (heldBytes + text.length() <= MAX_HELD_BYTES) {
      held.add(text);
      heldBytes += text.length();
    }
  }

  @Override
  public void onBufferedAmountLow() {
    if (!isClosed && target != null) {
      target.onBufferedAmountLow();
    }
  }

  @Override
  public void onClosed(String reason) {
    if (isClosed) {
      return;
    }
    isClosed = true;
    if (target != null) {
      target.onClosed(reason);
    } else {
      held.clear();
      owner.onStandbyChannelClosed();
    }
  }
}
