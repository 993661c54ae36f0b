package io.swarmloader.browser.webapi;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** The Web {@code AbortController}: {@link #abort()} rejects the fetch and its body reads. */
@JSClass
public class AbortController implements JSObject {
  public AbortController() {}

  /** The signal to pass to {@code fetch}. */
  @JSProperty
  public native JSObject getSignal();

  /** Aborts; idempotent. */
  public native void abort();

  @JSBody(script = "return typeof AbortController === 'function';")
  public static native boolean isSupported();
}
