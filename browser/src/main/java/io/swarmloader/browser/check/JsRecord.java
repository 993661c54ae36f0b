package io.swarmloader.browser.check;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * A plain JavaScript object being filled with results (numbers, strings, booleans, arrays, nested
 * records), readable by Selenium as JSON data (browser-testing.md §4.5). Doubles go to JavaScript
 * as numbers, never printed by Java.
 */
final class JsRecord {
  private final JSObject object;

  JsRecord() {
    this(newObject());
  }

  private JsRecord(JSObject object) {
    this.object = object;
  }

  JSObject js() {
    return object;
  }

  JsRecord put(String key, String value) {
    putAny(object, key, value == null ? null : str(value));
    return this;
  }

  JsRecord put(String key, double value) {
    putNumber(object, key, value);
    return this;
  }

  JsRecord put(String key, boolean value) {
    putBoolean(object, key, value);
    return this;
  }

  JsRecord put(String key, JSObject value) {
    putAny(object, key, value);
    return this;
  }

  /** A nested record under {@code key}, created empty. */
  JsRecord child(String key) {
    JsRecord child = new JsRecord();
    putAny(object, key, child.object);
    return child;
  }

  /** Appends a string to the array under {@code key}, creating it when missing. */
  JsRecord add(String key, String value) {
    pushString(object, key, value);
    return this;
  }

  /** Appends a number to the array under {@code key}, creating it when missing. */
  JsRecord add(String key, double value) {
    pushNumber(object, key, value);
    return this;
  }

  /** An empty array under {@code key} (so an empty list reads as [] rather than missing). */
  JsRecord list(String key) {
    putAny(object, key, newArray());
    return this;
  }

  @JSBody(script = "return {};")
  private static native JSObject newObject();

  @JSBody(script = "return [];")
  private static native JSObject newArray();

  @JSBody(params = "s", script = "return s;")
  private static native JSObject str(String s);

  @JSBody(
      params = {"o", "k", "v"},
      script = "o[k] = v;")
  private static native void putAny(JSObject o, String k, JSObject v);

  @JSBody(
      params = {"o", "k", "v"},
      script = "o[k] = v;")
  private static native void putNumber(JSObject o, String k, double v);

  @JSBody(
      params = {"o", "k", "v"},
      script = "o[k] = v;")
  private static native void putBoolean(JSObject o, String k, boolean v);

  @JSBody(
      params = {"o", "k", "v"},
      script = "(o[k] = o[k] || []).push(v);")
  private static native void pushString(JSObject o, String k, String v);

  @JSBody(
      params = {"o", "k", "v"},
      script = "(o[k] = o[k] || []).push(v);")
  private static native void pushNumber(JSObject o, String k, double v);
}
