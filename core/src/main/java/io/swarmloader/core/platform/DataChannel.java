package io.swarmloader.core.platform;

/** An open, ordered, reliable, binary RTCDataChannel. */
public interface DataChannel {
  /**
   * Sends one binary message of {@code length} bytes from {@code data[offset]}; copies the bytes.
   */
  void send(byte[] data, int offset, int length);

  /** Bytes queued but not yet sent. */
  int bufferedAmount();

  /** Largest message the channel accepts (min of config and SCTP limits). */
  int maxMessageSize();

  /** Sets the sink for channel events; replaces the previous one. */
  void setListener(DataChannelListener listener);

  /** Closes the channel; no listener call follows. Idempotent. */
  void close();

  /** Channel events. */
  interface DataChannelListener {
    /** One binary message; the array is owned by the listener. */
    void onMessage(byte[] message);

    /** A text message (invalid on this protocol). */
    void onTextMessage(String text);

    /** bufferedAmount dropped below the low threshold (65536). */
    void onBufferedAmountLow();

    /** The channel or its connection closed or failed. Fires at most once. */
    void onClosed(String reason);
  }
}
