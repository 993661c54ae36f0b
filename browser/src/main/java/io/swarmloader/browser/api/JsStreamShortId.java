package io.swarmloader.browser.api;

import io.swarmloader.browser.JsTextSemantics;
import io.swarmloader.core.id.StreamShortId;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * {@code generateStreamShortId(props)}: the stream short ID of wire-protocol.md §2.1 from a props
 * object {@code {bitrate?, codecs?, width?, height?, language?, channels?, name?, frameRate?,
 * videoRange?}} (each may be null or undefined; {@code channels} a string or a number, {@code
 * frameRate} a number or a string). The fields are used as given: the per-engine rules (which
 * fields a main or audio stream uses) are the adapters' business.
 */
public final class JsStreamShortId {
  private JsStreamShortId() {}

  public static String generate(JSObject props) {
    JSObject p = Js.isNullish(props) ? Js.newObject() : props;
    StreamShortId.Inputs inputs =
        new StreamShortId.Inputs(
            optionalNumber(p, "bitrate"),
            Js.string(p, "codecs"),
            optionalNumber(p, "width"),
            optionalNumber(p, "height"),
            Js.string(p, "language"),
            channels(p),
            Js.string(p, "name"),
            frameRate(p),
            Js.string(p, "videoRange"));
    return new StreamShortId(new JsTextSemantics()).compute(inputs);
  }

  private static Double optionalNumber(JSObject o, String key) {
    double v = Js.number(o, key);
    return v == v ? v : null;
  }

  private static Object frameRate(JSObject p) {
    double v = Js.number(p, "frameRate");
    if (v == v) {
      return v;
    }
    return Js.string(p, "frameRate");
  }

  /** {@code String(channels)} when truthy, else null (wire-protocol.md §2.1). */
  @JSBody(params = "p", script = "var ch = p.channels; return ch ? String(ch) : null;")
  private static native String channels(JSObject p);
}
