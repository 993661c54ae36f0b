package io.swarmloader.browser.api;

import io.swarmloader.browser.JsHandler;
import io.swarmloader.core.util.OrderedMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Small JavaScript value helpers for the glue. Every getter tests the JS type itself, so an absent
 * key ({@code undefined}) and {@code 0}, {@code false} or {@code ""} stay different.
 */
public final class Js {
  private Js() {}

  /**
   * A tree of Java values ({@code String}, {@code Boolean}, {@code Number}, {@code Map} with string
   * keys (an {@link OrderedMap} keeps its key order; the engine builds every JSON object as one),
   * {@code List}, {@link JsBacked}) as a fresh JS value. With {@code dropNulls} (config trees) null
   * and unknown values become undefined and null map entries are left out; without it (tracker
   * JSON) they become {@code null}, as the Java JSON writer writes them.
   */
  public static JSObject fromJava(Object value, boolean dropNulls) {
    if (value instanceof JsBacked backed) {
      return backed.jsValue();
    }
    if (value instanceof String s) {
      return string(s);
    }
    if (value instanceof Boolean b) {
      return bool(b);
    }
    if (value instanceof Number n) {
      return number(n.doubleValue());
    }
    if (value instanceof Map<?, ?> map) {
      JSObject object = newObject();
      for (Object key : OrderedMap.keysOf(map)) {
        Object item = key instanceof String name ? map.get(name) : null;
        if (key instanceof String name && (item != null || !dropNulls)) {
          set(object, name, fromJava(item, dropNulls));
        }
      }
      return object;
    }
    if (value instanceof List<?> list) {
      JSObject array = newArray();
      for (Object item : list) {
        push(array, fromJava(item, dropNulls));
      }
      return array;
    }
    return dropNulls ? undefined() : null;
  }

  /** {@code typeof v}, with {@code "null"} for null. */
  @JSBody(params = "v", script = "return v === null ? 'null' : typeof v;")
  public static native String typeOf(JSObject v);

  @JSBody(params = "v", script = "return v === undefined || v === null;")
  public static native boolean isNullish(JSObject v);

  @JSBody(params = "v", script = "return Array.isArray(v);")
  public static native boolean isArray(JSObject v);

  @JSBody(params = "v", script = "return typeof v === 'function';")
  public static native boolean isFunction(JSObject v);

  @JSBody(params = "v", script = "return v === true;")
  public static native boolean isTrue(JSObject v);

  @JSBody(params = "v", script = "return !!v;")
  public static native boolean isTruthy(JSObject v);

  /** The number, or NaN when {@code v} is not a number. */
  @JSBody(params = "v", script = "return typeof v === 'number' ? v : NaN;")
  public static native double asNumber(JSObject v);

  /** The string, or null when {@code v} is not a string. */
  @JSBody(params = "v", script = "return typeof v === 'string' ? v : null;")
  public static native String asString(JSObject v);

  /** {@code o[k]}, or undefined when {@code o} is nullish. */
  @JSBody(
      params = {"o", "k"},
      script = "return o == null ? undefined : o[k];")
  public static native JSObject get(JSObject o, String k);

  /** {@code o[i]}, or undefined when {@code o} is nullish. */
  @JSBody(
      params = {"o", "i"},
      script = "return o == null ? undefined : o[i];")
  public static native JSObject at(JSObject o, int i);

  /** {@code o[k]} when it is a number, else NaN. */
  @JSBody(
      params = {"o", "k"},
      script =
          "var val = o == null ? undefined : o[k]; return typeof val === 'number' ? val : NaN;")
  public static native double number(JSObject o, String k);

  /** {@code o[k]} when it is a string, else null. */
  @JSBody(
      params = {"o", "k"},
      script =
          "var val = o == null ? undefined : o[k]; return typeof val === 'string' ? val : null;")
  public static native String string(JSObject o, String k);

  /** {@code o[k] === true}. */
  @JSBody(
      params = {"o", "k"},
      script = "return o != null && o[k] === true;")
  public static native boolean isTrue(JSObject o, String k);

  /** {@code o[k] !== undefined} (the application set the key). */
  @JSBody(
      params = {"o", "k"},
      script = "return o != null && o[k] !== undefined;")
  public static native boolean has(JSObject o, String k);

  @JSBody(params = "v", script = "return v == null ? 0 : v.length >>> 0;")
  public static native int length(JSObject v);

  @JSBody(params = "o", script = "return Object.keys(o);")
  public static native JSObject keys(JSObject o);

  @JSBody(script = "return {};")
  public static native JSObject newObject();

  @JSBody(script = "return [];")
  public static native JSObject newArray();

  @JSBody(
      params = {"a", "v"},
      script = "a.push(v);")
  public static native void push(JSObject a, JSObject v);

  @JSBody(
      params = {"o", "k", "v"},
      script = "o[k] = v;")
  public static native void set(JSObject o, String k, JSObject v);

  @JSBody(
      params = {"o", "k", "v"},
      script = "o[k] = v;")
  public static native void setNumber(JSObject o, String k, double v);

  @JSBody(
      params = {"o", "k", "v"},
      script = "o[k] = v;")
  public static native void setBoolean(JSObject o, String k, boolean v);

  @JSBody(
      params = {"o", "k", "v"},
      script = "o[k] = v;")
  public static native void setString(JSObject o, String k, String v);

  @JSBody(params = "v", script = "return v;")
  public static native JSObject number(double v);

  @JSBody(params = "v", script = "return v;")
  public static native JSObject bool(boolean v);

  /** A Java string as a JS value; null becomes undefined. */
  @JSBody(params = "v", script = "return v == null ? undefined : v;")
  public static native JSObject string(String v);

  @JSBody(script = "return undefined;")
  public static native JSObject undefined();

  /** {@code new Error(message)}. */
  @JSBody(params = "m", script = "return new Error(m);")
  public static native JSObject error(String message);

  /** Throws {@code new Error(message)} into the calling JavaScript. */
  @JSBody(params = "m", script = "throw new Error(m);")
  public static native void throwError(String message);

  /** A JS error's text, {@code name: message}, for logs. */
  @JSBody(
      params = "e",
      script = "return e instanceof Error ? e.name + ': ' + e.message : String(e);")
  public static native String describeError(JSObject e);

  /** {@code handler} as the JS function that calls it. */
  @JSBody(params = "f", script = "return f;")
  public static native JSObject function(JsHandler handler);

  @JSBody(script = "return performance.now();")
  public static native double now();
}
