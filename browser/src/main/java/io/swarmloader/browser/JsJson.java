package io.swarmloader.browser;

import io.swarmloader.browser.api.Js;
import io.swarmloader.core.json.Json;
import io.swarmloader.core.json.JsonException;
import io.swarmloader.core.util.OrderedMap;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Tracker JSON through the page's own {@code JSON.parse}/{@code JSON.stringify} (wire-protocol.md
 * §3), converted to and from the tree of {@link Json}: numbers read as {@code Double}. Keeps the
 * Java JSON reader and writer out of the browser bundles.
 */
final class JsJson {
  /** Same limit as the Java reader, so a hostile tracker cannot exhaust the stack. */
  private static final int MAX_DEPTH = 64;

  private JsJson() {}

  static Object parse(String text) throws JsonException {
    JSObject result = jsParse(text);
    if (!Js.isArray(result)) {
      throw new JsonException(Js.asString(result));
    }
    return toJava(Js.at(result, 0), 0);
  }

  static String write(Object value) {
    return jsStringify(Js.fromJava(value, /* dropNulls= */ false));
  }

  private static Object toJava(JSObject value, int depth) throws JsonException {
    String type = Js.typeOf(value);
    if (type.equals("boolean")) {
      return Js.isTrue(value);
    } else if (type.equals("number")) {
      return Js.asNumber(value);
    } else if (type.equals("string")) {
      return Js.asString(value);
    } else if (!type.equals("object") || Js.isNullish(value)) {
      return null;
    }
    if (depth >= MAX_DEPTH) {
      throw new JsonException("nesting deeper than " + MAX_DEPTH);
    }
    boolean isArray = Js.isArray(value);
    JSObject keys = isArray ? value : Js.keys(value);
    int n = Js.length(keys);
    List<Object> list = new ArrayList<>(isArray ? n : 0);
    OrderedMap<Object> map = new OrderedMap<>();
    for (int i = 0; i < n; i++) {
      if (isArray) {
        list.add(toJava(Js.at(value, i), depth + 1));
      } else {
        String key = Js.asString(Js.at(keys, i));
        map.put(key, toJava(Js.get(value, key), depth + 1));
      }
    }
    return isArray ? list : map;
  }

  /** {@code [value]} for valid JSON, else the error message as a string. */
  @JSBody(
      params = "t",
      script = "try { return [JSON.parse(t)]; } catch (e) { return String(e && e.message); }")
  private static native JSObject jsParse(String text);

  @JSBody(params = "v", script = "return JSON.stringify(v);")
  private static native String jsStringify(JSObject value);
}
