package io.swarmloader.browser;

import io.swarmloader.browser.webapi.JsErrors;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.platform.Scheduler;
import io.swarmloader.core.platform.WebSocketFactory;
import io.swarmloader.core.util.Text;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.MessageEvent;
import org.teavm.jso.websocket.WebSocket;

/**
 * {@link WebSocketFactory} over the browser's {@code WebSocket}, for tracker connections (text
 * frames only; wire-protocol.md §3).
 *
 * <ul>
 *   <li>Events come on later turns, in order: {@code onOpen}, {@code onMessage}*, then {@code
 *       onClose} exactly once; {@code onError} may come before {@code onClose}. A URL the browser
 *       refuses at once (syntax, mixed content) yields {@code onError} and {@code onClose} on the
 *       next turn.
 *   <li>Binary frames are ignored: trackers send text.
 *   <li>{@code send} is ignored unless the socket is open; {@code close} is idempotent and no event
 *       follows it.
 *   <li>A listener that throws is logged; the socket stays as it is.
 * </ul>
 */
public final class BrowserWebSockets implements WebSocketFactory {
  /** {@code WebSocket.OPEN}. */
  private static final int OPEN = 1;

  // Event kinds: the socket's events in the order given to JsEvents.listen, then a refusal.
  private static final int OPEN_EVENT = 0;
  private static final int MESSAGE_EVENT = 1;
  private static final int ERROR_EVENT = 2;
  private static final int CLOSE_EVENT = 3;
  private static final int REFUSED = 4;

  private final Scheduler scheduler;
  private final Logger logger;

  public BrowserWebSockets(Scheduler scheduler, Logger logger) {
    this.scheduler = scheduler;
    this.logger = logger;
  }

  @Override
  public WebSocketConnection open(String url, WebSocketListener listener) {
    Connection connection = new Connection(listener);
    JSObject created = create(url);
    if (isSocket(created)) {
      connection.socket = (WebSocket) created;
      JsEvents.listen(created, "open message error close", OPEN_EVENT, connection);
    } else {
      scheduler.schedule(new JsEvents.Task(connection, REFUSED, created), 0);
    }
    return connection;
  }

  /**
   * One socket; its events arrive through {@link #on} as kinds. Invariant: once {@code isClosed} is
   * set (local close, close event, or refusal) nothing more reaches the listener, except the one
   * {@code onClose} of a close event or refusal.
   */
  private final class Connection implements WebSocketConnection, JsHandler {
    private final WebSocketListener listener;
    private WebSocket socket;
    private boolean isClosed;

    Connection(WebSocketListener listener) {
      this.listener = listener;
    }

    /** An event of the socket, or its refusal; a throwing listener is logged. */
    @Override
    public JSObject handle(int kind, JSObject arg, JSObject unused, JSObject unused2) {
      on(kind, arg);
      return null;
    }

    private void on(int kind, JSObject arg) {
      if (isClosed) {
        return;
      }
      try {
        if (kind == OPEN_EVENT) {
          listener.onOpen();
        } else if (kind == MESSAGE_EVENT) {
          if (isText(((MessageEvent) arg).getData())) {
            listener.onMessage(((MessageEvent) arg).getDataAsString());
          }
        } else if (kind == ERROR_EVENT) {
          listener.onError("WebSocket error");
        } else if (kind == REFUSED) {
          listener.onError(JsErrors.describe(arg));
        }
      } catch (RuntimeException e) {
        logger.log("error", Text.cat("WebSocket listener threw: ", JsErrors.describe(e)));
      }
      if (kind >= CLOSE_EVENT && !isClosed) { // the close event, or a refusal
        isClosed = true;
        try {
          listener.onClose();
        } catch (RuntimeException e) {
          logger.log("error", Text.cat("WebSocket listener threw: ", JsErrors.describe(e)));
        }
      }
    }

    @Override
    public void send(String text) {
      if (!isClosed && socket != null && socket.getReadyState() == OPEN) {
        trySend(socket, text);
      }
    }

    @Override
    public void close() {
      if (isClosed) {
        return;
      }
      isClosed = true;
      if (socket != null) {
        socket.close();
      }
    }
  }

  /** {@code new WebSocket(url)}, or the thrown error. */
  @JSBody(params = "url", script = "try { return new WebSocket(url); } catch (e) { return e; }")
  private static native JSObject create(String url);

  @JSBody(
      params = "o",
      script = "return typeof WebSocket === 'function' && o instanceof WebSocket;")
  private static native boolean isSocket(JSObject o);

  @JSBody(params = "data", script = "return typeof data === 'string';")
  private static native boolean isText(JSObject data);

  @JSBody(
      params = {"socket", "text"},
      script = "try { socket.send(text); } catch (e) {}")
  private static native void trySend(WebSocket socket, String text);
}
