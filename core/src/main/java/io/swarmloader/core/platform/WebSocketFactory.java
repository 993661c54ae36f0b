package io.swarmloader.core.platform;

/** Opens text WebSockets (tracker connections). */
public interface WebSocketFactory {
  WebSocketConnection open(String url, WebSocketListener listener);

  /** An open or opening socket. */
  interface WebSocketConnection {
    /** Sends one text frame; ignored unless open. */
    void send(String text);

    /** Closes; no listener call follows. Idempotent. */
    void close();
  }

  /** Socket events, in order: onOpen, onMessage*, then onClose (after an error too). */
  interface WebSocketListener {
    void onOpen();

    void onMessage(String text);

    void onError(String message);

    void onClose();
  }
}
