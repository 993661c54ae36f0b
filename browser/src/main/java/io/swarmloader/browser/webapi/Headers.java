package io.swarmloader.browser.webapi;

import org.teavm.jso.JSObject;

/** The Web {@code Headers} of a response. */
public interface Headers extends JSObject {
  /**
   * The combined value of a header, name matched case-insensitively; null when absent or not
   * exposed to the page (CORS).
   */
  String get(String name);
}
