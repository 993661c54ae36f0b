package io.swarmloader.core.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds JS-like config trees for tests: {@code obj("core", obj("swarmId", "s1"))}. */
final class ConfigTrees {
  private ConfigTrees() {}

  /** An insertion-ordered map from alternating keys and values; values may be null. */
  static Map<String, Object> obj(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static Map<String, Object> core(Object... keysAndValues) {
    return obj("core", obj(keysAndValues));
  }
}
