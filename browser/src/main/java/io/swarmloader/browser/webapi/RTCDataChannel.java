package io.swarmloader.browser.webapi;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.typedarrays.ArrayBufferView;

/**
 * The Web {@code RTCDataChannel}. Its handlers are the {@code on*} attributes (one each), set and
 * cleared by name through {@code JsEvents}; the {@code error} event is an {@code RTCErrorEvent}
 * (see {@link #errorOf}).
 */
public abstract class RTCDataChannel implements JSObject {
  @JSProperty
  public abstract String getLabel();

  /** "connecting", "open", "closing" or "closed". */
  @JSProperty
  public abstract String getReadyState();

  @JSProperty
  public abstract void setBinaryType(String binaryType);

  @JSProperty
  public abstract double getBufferedAmount();

  @JSProperty
  public abstract void setBufferedAmountLowThreshold(double bytes);

  /** Starts the closing procedure; idempotent. */
  public abstract void close();

  /**
   * {@code channel.send(view)}: the browser copies the bytes before returning, so the view's memory
   * may be reused at once. Returns null, or the error text when send threw (channel not open,
   * message too large).
   */
  @JSBody(
      params = {"channel", "view"},
      script =
          "try { channel.send(view); return null; }"
              + " catch (e) { return String(e && e.name) + ': ' + String(e && e.message); }")
  public static native String trySend(RTCDataChannel channel, ArrayBufferView view);

  /** The error text of an {@code RTCErrorEvent} (or of any event with an {@code error}). */
  @JSBody(
      params = "event",
      script =
          "var e = event && event.error;"
              + " return e ? String(e.name) + ': ' + String(e.message) : 'channel error';")
  public static native String errorOf(Event event);

  /** Whether a message event carries text rather than an {@code ArrayBuffer}. */
  @JSBody(params = "data", script = "return typeof data === 'string';")
  public static native boolean isText(JSObject data);
}
