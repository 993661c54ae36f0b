package io.swarmloader.browser.webapi;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** The Web {@code RTCSessionDescription}: {@code type} ("offer", "answer") and {@code sdp}. */
public interface RTCSessionDescription extends JSObject {
  @JSProperty
  String getType();

  @JSProperty
  String getSdp();
}
