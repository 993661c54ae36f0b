package io.swarmloader.browser.webapi;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.events.Event;

/**
 * The Web {@code RTCPeerConnection}. Construction and every promise-returning step go through
 * static helpers that turn a synchronous throw into an {@link Attempt} or a rejected promise. Its
 * handlers are the {@code on*} attributes, set and cleared by name through {@code JsEvents}: the
 * {@code icecandidate} event's {@code candidate} is null once gathering has finished ({@link
 * #hasCandidate}), the {@code datachannel} event carries the remote's channel ({@link #channelOf}).
 */
public abstract class RTCPeerConnection implements JSObject {
  /** The local description once set; null before. */
  @JSProperty
  public abstract RTCSessionDescription getLocalDescription();

  /** "new", "gathering" or "complete". */
  @JSProperty
  public abstract String getIceGatheringState();

  /** "new", "connecting", "connected", "disconnected", "failed" or "closed". */
  @JSProperty
  public abstract String getConnectionState();

  /** "new", "checking", "connected", "completed", "disconnected", "failed" or "closed". */
  @JSProperty
  public abstract String getIceConnectionState();

  /** Closes the connection and its channels; idempotent; fires no state-change events. */
  public abstract void close();

  @JSBody(script = "return typeof RTCPeerConnection === 'function';")
  public static native boolean isSupported();

  /** {@code new RTCPeerConnection(configuration)}; the configuration is passed by reference. */
  @JSBody(
      params = "configuration",
      script =
          "try { return {value: new RTCPeerConnection(configuration), error: null}; }"
              + " catch (e) { return {value: null,"
              + " error: String(e && e.name) + ': ' + String(e && e.message)}; }")
  public static native Attempt<RTCPeerConnection> create(JSObject configuration);

  /** {@code pc.createDataChannel(label)} with default options: ordered, reliable, in-band. */
  @JSBody(
      params = {"pc", "label"},
      script =
          "try { return {value: pc.createDataChannel(label), error: null}; }"
              + " catch (e) { return {value: null,"
              + " error: String(e && e.name) + ': ' + String(e && e.message)}; }")
  public static native Attempt<RTCDataChannel> createDataChannel(
      RTCPeerConnection pc, String label);

  /** {@code createOffer}, then {@code setLocalDescription} with it. */
  @JSBody(
      params = "pc",
      script =
          "try { return pc.createOffer()"
              + ".then(function (o) { return pc.setLocalDescription(o); }); }"
              + " catch (e) { return Promise.reject(e); }")
  public static native JSPromise<JSObject> offer(RTCPeerConnection pc);

  /** {@code setRemoteDescription(offer)}, {@code createAnswer}, {@code setLocalDescription}. */
  @JSBody(
      params = {"pc", "sdp"},
      script =
          "try { return pc.setRemoteDescription({type: 'offer', sdp: sdp})"
              + ".then(function () { return pc.createAnswer(); })"
              + ".then(function (a) { return pc.setLocalDescription(a); }); }"
              + " catch (e) { return Promise.reject(e); }")
  public static native JSPromise<JSObject> answer(RTCPeerConnection pc, String sdp);

  /** {@code setRemoteDescription(answer)}. */
  @JSBody(
      params = {"pc", "sdp"},
      script =
          "try { return pc.setRemoteDescription({type: 'answer', sdp: sdp}); }"
              + " catch (e) { return Promise.reject(e); }")
  public static native JSPromise<JSObject> acceptAnswer(RTCPeerConnection pc, String sdp);

  /** Whether an {@code icecandidate} event carries a candidate (false: gathering finished). */
  @JSBody(params = "event", script = "return !!(event && event.candidate);")
  public static native boolean hasCandidate(Event event);

  /** The channel of an {@code RTCDataChannelEvent}. */
  @JSBody(params = "event", script = "return event.channel;")
  public static native RTCDataChannel channelOf(Event event);

  /**
   * {@code pc.sctp.maxMessageSize} when the browser reports it (a positive number, possibly
   * Infinity), otherwise -1.
   */
  @JSBody(
      params = "pc",
      script =
          "var s = pc.sctp; var m = s && s.maxMessageSize;"
              + " return typeof m === 'number' && m > 0 ? m : -1;")
  public static native double sctpMaxMessageSize(RTCPeerConnection pc);
}
