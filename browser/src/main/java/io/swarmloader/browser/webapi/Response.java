package io.swarmloader.browser.webapi;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** The Web {@code Response} of {@code fetch}. */
public interface Response extends JSObject {
  @JSProperty
  int getStatus();

  @JSProperty
  Headers getHeaders();

  /** The body stream; null for a response without a body. */
  @JSProperty
  ReadableStream getBody();
}
