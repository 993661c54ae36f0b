package io.swarmloader.browser.api;

import io.swarmloader.core.error.RequestError;
import io.swarmloader.core.events.CoreEventListener;
import io.swarmloader.core.events.DownloadSource;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.model.StreamType;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Turns core events into the JS events of player-integration.md §1.5 with their exact payloads:
 * plain objects for the detail events, positional arguments for {@code onChunkDownloaded} and
 * {@code onChunkUploaded}. {@code peerId} is undefined for HTTP and always set for P2P (§7 #20);
 * {@code onSegmentStart} carries {@code streamType}. Payloads are built only when someone listens.
 */
public final class JsCoreEvents implements CoreEventListener {
  private final JsEventHub hub;

  public JsCoreEvents(JsEventHub hub) {
    this.hub = hub;
  }

  @Override
  public void onSegmentLoaded(
      String segmentUrl, int bytesLength, DownloadSource source, String peerId, StreamType type) {
    if (hub.has("onSegmentLoaded")) {
      hub.emit(
          "onSegmentLoaded",
          loaded(segmentUrl, bytesLength, source.jsName(), Js.string(peerId), type.wireName()));
    }
  }

  @Override
  public void onSegmentError(
      RequestError error, Segment segment, DownloadSource source, String peerId, StreamType type) {
    if (hub.has("onSegmentError")) {
      JSObject details =
          segmentDetails(
              JsPayloads.segment(segment), source.jsName(), Js.string(peerId), type.wireName());
      Js.set(details, "error", JsErrors.requestError(error));
      hub.emit("onSegmentError", details);
    }
  }

  @Override
  public void onSegmentAbort(
      Segment segment, DownloadSource source, String peerId, StreamType type) {
    emitSegment("onSegmentAbort", segment, source, peerId, type);
  }

  @Override
  public void onSegmentStart(
      Segment segment, DownloadSource source, String peerId, StreamType type) {
    emitSegment("onSegmentStart", segment, source, peerId, type);
  }

  private void emitSegment(
      String name, Segment segment, DownloadSource source, String peerId, StreamType type) {
    if (hub.has(name)) {
      hub.emit(
          name,
          segmentDetails(
              JsPayloads.segment(segment), source.jsName(), Js.string(peerId), type.wireName()));
    }
  }

  @Override
  public void onPeerConnect(String peerId, StreamType type) {
    if (hub.has("onPeerConnect")) {
      hub.emit("onPeerConnect", peer(peerId, type.wireName()));
    }
  }

  @Override
  public void onPeerClose(String peerId, StreamType type) {
    if (hub.has("onPeerClose")) {
      hub.emit("onPeerClose", peer(peerId, type.wireName()));
    }
  }

  @Override
  public void onPeerError(String peerId, StreamType type, String error) {
    if (hub.has("onPeerError")) {
      JSObject details = peer(peerId, type.wireName());
      Js.set(details, "error", Js.error(error));
      hub.emit("onPeerError", details);
    }
  }

  @Override
  public void onChunkDownloaded(int bytesLength, DownloadSource source, String peerId) {
    if (hub.has("onChunkDownloaded")) {
      hub.emitPositional(
          "onChunkDownloaded",
          Js.number(bytesLength),
          Js.string(source.jsName()),
          Js.string(peerId),
          3);
    }
  }

  @Override
  public void onChunkUploaded(int bytesLength, String peerId) {
    if (hub.has("onChunkUploaded")) {
      hub.emitPositional(
          "onChunkUploaded", Js.number(bytesLength), Js.string(peerId), Js.undefined(), 2);
    }
  }

  @Override
  public void onTrackerError(StreamType type, String error) {
    if (hub.has("onTrackerError")) {
      hub.emit("onTrackerError", tracker(type.wireName(), "error", Js.error(error)));
    }
  }

  @Override
  public void onTrackerWarning(StreamType type, String warning) {
    if (hub.has("onTrackerWarning")) {
      hub.emit("onTrackerWarning", tracker(type.wireName(), "warning", Js.error(warning)));
    }
  }

  @JSBody(
      params = {"u", "n", "s", "p", "t"},
      script =
          "return {segmentUrl: u, bytesLength: n, downloadSource: s, peerId: p, streamType: t};")
  private static native JSObject loaded(
      String segmentUrl, double bytesLength, String source, JSObject peerId, String streamType);

  @JSBody(
      params = {"g", "s", "p", "t"},
      script = "return {segment: g, downloadSource: s, peerId: p, streamType: t};")
  private static native JSObject segmentDetails(
      JSObject segment, String source, JSObject peerId, String streamType);

  @JSBody(
      params = {"p", "t"},
      script = "return {peerId: p, streamType: t};")
  private static native JSObject peer(String peerId, String streamType);

  @JSBody(
      params = {"t", "k", "v"},
      script = "var o = {streamType: t}; o[k] = v; return o;")
  private static native JSObject tracker(String streamType, String key, JSObject value);
}
