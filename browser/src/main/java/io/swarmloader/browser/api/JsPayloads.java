package io.swarmloader.browser.api;

import io.swarmloader.core.model.ByteRange;
import io.swarmloader.core.model.Segment;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Plain JS objects for segments and byte ranges (player-integration.md §1.5). */
public final class JsPayloads {
  private JsPayloads() {}

  /** {@code {start, end}} with an inclusive end (undefined for an open range), or undefined. */
  public static JSObject byteRange(ByteRange range) {
    if (range == null) {
      return Js.undefined();
    }
    return range(range.first(), range.isOpen() ? -1 : range.lastInclusive());
  }

  /** {@code {runtimeId, externalId, url, byteRange, startTime, endTime}}. */
  public static JSObject segment(Segment s) {
    return segment(
        s.runtimeId(),
        s.externalId(),
        s.url(),
        byteRange(s.byteRange()),
        s.startTime(),
        s.endTime());
  }

  @JSBody(
      params = {"s", "e"},
      script = "return {start: s, end: e < 0 ? undefined : e};")
  private static native JSObject range(double start, double endInclusive);

  @JSBody(
      params = {"r", "x", "u", "b", "s", "e"},
      script =
          "return {runtimeId: r, externalId: x, url: u, byteRange: b, startTime: s, endTime: e};")
  private static native JSObject segment(
      String runtimeId,
      double externalId,
      String url,
      JSObject byteRange,
      double start,
      double end);
}
