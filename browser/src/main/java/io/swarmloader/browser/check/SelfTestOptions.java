package io.swarmloader.browser.check;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** What the page passes to {@code run(options)}: where the test servers are. All on 127.0.0.1. */
interface SelfTestOptions extends JSObject {
  /** The page's own origin, serving {@code /data/…}. */
  @JSProperty
  String getBase();

  /** A second origin (another port) with the same {@code /data/…} routes and CORS headers. */
  @JSProperty
  String getCrossOrigin();

  /** A URL whose port refuses connections. */
  @JSProperty
  String getRefusedUrl();

  /** The WebSocket echo server. */
  @JSProperty
  String getWsUrl();

  /** A WebSocket URL whose port refuses connections. */
  @JSProperty
  String getWsRefusedUrl();
}
