package io.swarmloader.browser.api;

import org.teavm.jso.JSObject;

/**
 * An opaque JS value held by reference in core's config tree: {@code rtcConfig} (never copied field
 * by field, it may hold {@code RTCCertificate}s; §7 #19) or a function under a key that takes no
 * function.
 */
public final class JsRef implements JsBacked {
  private final JSObject value;

  public JsRef(JSObject value) {
    this.value = value;
  }

  @Override
  public JSObject jsValue() {
    return value;
  }

  /** The JS value behind a config-tree value, or null when it is not a {@link JsBacked}. */
  public static JSObject unwrap(Object configValue) {
    return configValue instanceof JsBacked b ? b.jsValue() : null;
  }
}
