package io.swarmloader.browser.api;

import io.swarmloader.core.config.CommonConfig;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.util.OrderedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSObject;

/**
 * JS config objects to and from core's config tree ({@code ConfigParser}, {@code ConfigExport};
 * player-integration.md §1.4).
 *
 * <p>JS to Java: {@code undefined} and {@code null} become null (absent, merge rule 1), so {@code
 * 0}, {@code false} and {@code ""} stay values; booleans, numbers (as {@link Double}) and strings
 * are copied; arrays become lists and plain objects maps, recursively. {@code rtcConfig} is kept by
 * reference ({@link JsRef}). Functions become core interfaces by key: {@code validateP2PSegment}
 * and {@code validateHTTPSegment} → {@link JsSegmentValidator}, {@code httpRequestSetup} → {@link
 * JsHttpRequestSetup}, {@code customSegmentStorageFactory} → {@link JsStorageFactory}; a function
 * under any other key is kept as a {@link JsRef}, which the parser rejects where a value is
 * expected and ignores under unknown keys.
 *
 * <p>Java to JS: the reverse, with wrapped functions and {@code rtcConfig} handed back by reference
 * and everything else freshly built (merge rule 4).
 */
public final class JsConfig {
  private static final String RTC_CONFIG = "rtcConfig";

  private JsConfig() {}

  /**
   * The engine config root {@code {core?: {...}}} as a tree; only {@code core} is read (the hls.js
   * mixin's {@code onHlsJsCreated} and other root keys are ignored). Null when {@code config} is
   * nullish; a non-object root throws {@code ConfigException} through the parser later.
   */
  public static Map<String, Object> readRoot(JSObject config, Logger logger) {
    if (Js.isNullish(config)) {
      return null;
    }
    OrderedMap<Object> root = new OrderedMap<>();
    if (!"object".equals(Js.typeOf(config))) {
      return root;
    }
    root.put("core", read(Js.get(config, "core"), "core", logger));
    return root;
  }

  /**
   * One JS value under {@code key} as a tree value. If-chains rather than string switches here:
   * javac's hash-and-equals switch is larger in a TeaVM bundle.
   */
  public static Object read(JSObject value, String key, Logger logger) {
    String type = Js.typeOf(value);
    if (type.equals("undefined") || type.equals("null")) {
      return null;
    } else if (type.equals("boolean")) {
      return Js.isTrue(value);
    } else if (type.equals("number")) {
      return Js.asNumber(value);
    } else if (type.equals("string")) {
      return Js.asString(value);
    } else if (type.equals("function")) {
      return wrapFunction(value, key, logger);
    } else if (type.equals("object") && !RTC_CONFIG.equals(key)) {
      return Js.isArray(value) ? readList(value, key, logger) : readMap(value, logger);
    }
    return new JsRef(value);
  }

  private static Object wrapFunction(JSObject fn, String key, Logger logger) {
    if (key.equals("validateP2PSegment") || key.equals("validateHTTPSegment")) {
      return new JsSegmentValidator(fn, logger);
    } else if (key.equals("httpRequestSetup")) {
      return new JsHttpRequestSetup(fn, logger);
    } else if (key.equals("customSegmentStorageFactory")) {
      return new JsStorageFactory(fn, logger);
    }
    return new JsRef(fn);
  }

  private static List<Object> readList(JSObject array, String key, Logger logger) {
    int n = Js.length(array);
    List<Object> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(read(Js.at(array, i), key, logger));
    }
    return list;
  }

  private static Map<String, Object> readMap(JSObject object, Logger logger) {
    JSObject keys = Js.keys(object);
    int n = Js.length(keys);
    OrderedMap<Object> map = new OrderedMap<>();
    for (int i = 0; i < n; i++) {
      String key = Js.asString(Js.at(keys, i));
      map.put(key, read(Js.get(object, key), key, logger));
    }
    return map;
  }

  /**
   * A tree value as a fresh JS value; null and unknown Java objects become undefined and null
   * entries are left out.
   */
  public static JSObject toJs(Object value) {
    return Js.fromJava(value, /* dropNulls= */ true);
  }

  /** {@code CommonCoreConfig} for a custom storage's {@code initialize}. */
  public static JSObject commonToJs(CommonConfig common) {
    JSObject object = Js.newObject();
    if (common.segmentMemoryStorageLimitMiB() != null) {
      Js.setNumber(object, "segmentMemoryStorageLimit", common.segmentMemoryStorageLimitMiB());
    }
    if (common.customSegmentStorageFactory() != null) {
      Js.set(object, "customSegmentStorageFactory", toJs(common.customSegmentStorageFactory()));
    }
    return object;
  }
}
