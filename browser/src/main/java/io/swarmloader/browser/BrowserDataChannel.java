package io.swarmloader.browser;

import io.swarmloader.browser.webapi.JsErrors;
import io.swarmloader.browser.webapi.RTCDataChannel;
import io.swarmloader.browser.webapi.RTCPeerConnection;
import io.swarmloader.core.platform.DataChannel;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.util.Text;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.ArrayBuffer;

/**
 * The open data channel of an {@link RtcPeer}, as core sees it (wire-protocol.md §4: binary
 * messages, backpressure at 65536 bytes). Closing it closes its connection: a connection has one
 * channel and is useless without it.
 */
final class BrowserDataChannel implements DataChannel {
  /** {@code bufferedAmountLowThreshold}: writers hold while {@code bufferedAmount} is above it. */
  static final int BUFFERED_AMOUNT_LOW_THRESHOLD = 65_536;

  /** The message size limit when the browser does not report {@code pc.sctp.maxMessageSize}. */
  static final int DEFAULT_MAX_MESSAGE_BYTES = 65_535;

  private final RtcPeer owner;
  private final RTCDataChannel dc;
  private final RTCPeerConnection pc;
  private DataChannelListener listener;
  private boolean isClosed;

  BrowserDataChannel(RtcPeer owner, RTCDataChannel dc, RTCPeerConnection pc) {
    this.owner = owner;
    this.dc = dc;
    this.pc = pc;
  }

  /**
   * Sends a view of {@code data[offset..offset+length)}: {@code RTCDataChannel.send} copies the
   * bytes before it returns, so later writes to {@code data} do not change the message. A send the
   * browser refuses closes the connection (on a later turn).
   */
  @Override
  public void send(byte[] data, int offset, int length) {
    if (isClosed) {
      return;
    }
    String error = RTCDataChannel.trySend(dc, Bytes.view(data, offset, length));
    if (error != null) {
      owner.failLater(Text.cat("send failed: ", error));
    }
  }

  @Override
  public int bufferedAmount() {
    return isClosed ? 0 : (int) Math.min(dc.getBufferedAmount(), Integer.MAX_VALUE);
  }

  /**
   * {@code pc.sctp.maxMessageSize} when the browser reports it (Infinity becomes {@code
   * Integer.MAX_VALUE}), else {@value #DEFAULT_MAX_MESSAGE_BYTES}. Core takes the minimum with
   * {@code webRtcMaxMessageSize}.
   */
  @Override
  public int maxMessageSize() {
    double reported = RTCPeerConnection.sctpMaxMessageSize(pc);
    if (reported < 0) {
      return DEFAULT_MAX_MESSAGE_BYTES;
    }
    return reported >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) reported;
  }

  @Override
  public void setListener(DataChannelListener listener) {
    this.listener = listener;
  }

  @Override
  public void close() {
    owner.close();
  }

  /** A message event's data: an {@code ArrayBuffer} (handed over without copying) or text. */
  void onMessage(JSObject data) {
    if (isClosed || listener == null) {
      return;
    }
    if (RTCDataChannel.isText(data)) {
      listener.onTextMessage(asString(data));
    } else {
      listener.onMessage(Bytes.wrap((ArrayBuffer) data));
    }
  }

  void onBufferedAmountLow() {
    if (!isClosed && listener != null) {
      listener.onBufferedAmountLow();
    }
  }

  /** Closed from outside: the listener hears it once. */
  void notifyClosed(String reason, Logger logger) {
    if (isClosed) {
      return;
    }
    isClosed = true;
    if (listener != null) {
      try {
        listener.onClosed(reason);
      } catch (RuntimeException e) {
        logger.log(
            "error", Text.cat("data channel listener threw in onClosed: ", JsErrors.describe(e)));
      }
    }
  }

  /** Closed locally: nothing more is heard. */
  void markClosed() {
    isClosed = true;
  }

  @JSBody(params = "s", script = "return s;")
  private static native String asString(JSObject s);
}
