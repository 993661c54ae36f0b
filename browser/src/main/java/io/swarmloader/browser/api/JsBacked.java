package io.swarmloader.browser.api;

import org.teavm.jso.JSObject;

/**
 * A Java value in core's config tree that stands for a JS value kept by reference: a wrapped
 * function or {@code rtcConfig}. {@code getConfig()} hands the original JS value back (merge rule
 * 4, player-integration.md §1.4).
 */
public interface JsBacked {
  JSObject jsValue();
}
