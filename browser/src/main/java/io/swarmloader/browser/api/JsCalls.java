package io.swarmloader.browser.api;

import io.swarmloader.browser.JsHandler;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Calls into application functions that may return a value or a promise. The answer always arrives
 * asynchronously, in a later microtask, through exactly one of the two callbacks; a synchronous
 * throw counts as a rejection.
 */
final class JsCalls {
  private JsCalls() {}

  /**
   * How the JS code below hands a settled promise to a {@link JsHandler} {@code cb} (passed as the
   * Java object): {@code cb.handle(0, value)} or {@code cb.handle(1, reason)}.
   */
  static final String THEN =
      " pr.then(function (val) { cb.handle(0, val); },"
          + " function (err) { cb.handle(1, err); });";

  @JSBody(
      params = {"f", "a", "b", "c", "d", "cb"},
      script =
          "var pr; try { pr = Promise.resolve(f(a, b, c, d)); }"
              + " catch (err) { pr = Promise.reject(err); }"
              + THEN)
  static native void call4(JSObject f, JSObject a, JSObject b, JSObject c, JSObject d, JSObject cb);

  @JSBody(
      params = {"o", "m", "a", "b", "c", "cb"},
      script =
          "var pr; try { pr = Promise.resolve(o[m](a, b, c)); }"
              + " catch (err) { pr = Promise.reject(err); }"
              + THEN)
  static native void callMethod3(
      JSObject o, String m, JSObject a, JSObject b, JSObject c, JSObject cb);

  /** {@code f(a)} synchronously; throws what {@code f} throws. */
  @JSBody(
      params = {"f", "a"},
      script = "return f(a);")
  static native JSObject call1(JSObject f, JSObject a);
}
