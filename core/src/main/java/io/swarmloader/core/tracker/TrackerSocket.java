package io.swarmloader.core.tracker;

import io.swarmloader.core.json.JsonException;
import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.WebSocketFactory.WebSocketConnection;
import io.swarmloader.core.platform.WebSocketFactory.WebSocketListener;
import io.swarmloader.core.util.OrderedMap;
import io.swarmloader.core.util.Text;
import java.util.Map;

/**
 * One WebSocket to one tracker URL, shared by every swarm of a {@link TrackerClient}
 * (wire-protocol.md §3.1). Routes incoming messages by {@code info_hash}, and reconnects with the
 * backoff of §3.5 while any session is attached.
 */
final class TrackerSocket implements Runnable {
  private final TrackerClient client;
  private final String url;

  /** Attached sessions by info hash; the socket lives while this is non-empty. */
  private final OrderedMap<TrackerSession> sessions = new OrderedMap<>();

  private WebSocketConnection connection;

  /** Listener of the current connection attempt; events of older attempts are ignored. */
  private Attempt current;

  private boolean isOpen;
  private boolean isDestroyed;
  private int retries;
  private Cancellable reconnectTimer = Cancellable.NONE;

  TrackerSocket(TrackerClient client, String url) {
    this.client = client;
    this.url = url;
  }

  String url() {
    return url;
  }

  boolean isOpen() {
    return isOpen && !isDestroyed;
  }

  int sessionCount() {
    return sessions.size();
  }

  /** Attaches a swarm's session; it announces now if the socket is open, else once it opens. */
  void attach(TrackerSession session) {
    if (isDestroyed) {
      return;
    }
    sessions.put(session.infoHash(), session);
    if (isOpen) {
      session.onSocketOpen();
    } else if (current == null && reconnectTimer == Cancellable.NONE) {
      connect();
    }
  }

  /** Detaches a session; the last one to leave closes the socket. */
  void detach(TrackerSession session) {
    if (sessions.get(session.infoHash()) == session) {
      sessions.remove(session.infoHash());
    }
    if (sessions.isEmpty()) {
      client.releaseSocket(this);
    }
  }

  void send(Map<String, Object> message) {
    if (isOpen()) {
      connection.send(client.text.writeJson(message));
    }
  }

  /** Closes the socket and stops reconnecting; no session hears about it. Idempotent. */
  void destroy() {
    if (isDestroyed) {
      return;
    }
    isDestroyed = true;
    isOpen = false;
    current = null;
    reconnectTimer.cancel();
    reconnectTimer = Cancellable.NONE;
    sessions.clear();
    if (connection != null) {
      WebSocketConnection c = connection;
      connection = null;
      c.close();
    }
  }

  /** The reconnect timer's task (the socket is its own timer task: no extra lambda class). */
  @Override
  public void run() {
    connect();
  }

  private void connect() {
    reconnectTimer = Cancellable.NONE;
    if (isDestroyed || sessions.isEmpty()) {
      return;
    }
    Attempt attempt = new Attempt();
    current = attempt;
    try {
      connection = client.webSockets.open(url, attempt);
    } catch (RuntimeException e) {
      current = null;
      connection = null;
      for (TrackerSession s : snapshot()) {
        s.error(aboutUrl("cannot open tracker socket ", e.getMessage()));
      }
      scheduleReconnect();
    }
  }

  private void scheduleReconnect() {
    if (isDestroyed || sessions.isEmpty() || reconnectTimer != Cancellable.NONE) {
      return;
    }
    // wire-protocol.md §3.5: random 0–300 s plus min(10 s × 2^retries, 3600 s).
    int delayMs = ReconnectBackoff.delayMs(retries, client.random);
    retries++;
    reconnectTimer = client.scheduler.schedule(this, delayMs);
  }

  private void onOpen() {
    isOpen = true;
    retries = 0;
    for (TrackerSession s : snapshot()) {
      if (isOpen()) {
        s.onSocketOpen();
      }
    }
  }

  private void onMessage(String text) {
    Object parsed;
    try {
      parsed = client.text.parseJson(text);
    } catch (JsonException e) {
      warnAll(aboutUrl("invalid JSON from tracker ", e.getMessage()));
      return;
    }
    if (!(parsed instanceof Map<?, ?> message)) {
      warnAll(aboutUrl("invalid message from tracker ", "not a JSON object"));
      return;
    }
    // §3.4 step 2: a message for another swarm on this shared socket is not ours.
    Object infoHash = message.get("info_hash");
    TrackerSession session = infoHash instanceof String s ? sessions.get(s) : null;
    if (session != null) {
      session.onMessage(message);
    }
  }

  private void onClose() {
    isOpen = false;
    current = null;
    connection = null;
    for (TrackerSession s : snapshot()) {
      s.onSocketClosed();
    }
    scheduleReconnect();
  }

  private void warnAll(String warning) {
    for (TrackerSession s : snapshot()) {
      s.warn(warning);
    }
  }

  /** The shape of every error and warning of this socket: {@code <what><url>: <detail>}. */
  private String aboutUrl(String what, String detail) {
    return Text.cat(what, url, Text.cat(": ", detail));
  }

  private Iterable<TrackerSession> snapshot() {
    return sessions.valueList();
  }

  /** Events of one connection attempt; ignored once the attempt is no longer current. */
  private final class Attempt implements WebSocketListener {
    private boolean isCurrent() {
      return current == this && !isDestroyed;
    }

    @Override
    public void onOpen() {
      if (isCurrent()) {
        TrackerSocket.this.onOpen();
      }
    }

    @Override
    public void onMessage(String text) {
      if (isCurrent() && isOpen) {
        TrackerSocket.this.onMessage(text);
      }
    }

    @Override
    public void onError(String message) {
      if (isCurrent()) {
        warnAll(aboutUrl("tracker socket error ", message));
      }
    }

    @Override
    public void onClose() {
      if (isCurrent()) {
        TrackerSocket.this.onClose();
      }
    }
  }
}
