package io.swarmloader.browser.api;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Calls into application functions that may return a value or a promise. The answer always arrives
 * asynchronously, in a later microtask, through exactly one of the two callbacks; a synchronous
 * throw counts as a rejection.
 */
final class JsCalls {
  private JsCalls() {}

  /** Receives a settled value ({@code ok}) or rejection reason. */
  @JSFunctor
  interface Settled extends JSObject {
    void settle(boolean ok, JSObject value);
  }

  /** How the JS code below hands a settled promise to a {@link Settled} {@code cb}. */
  static final String THEN =
      " pr.then(function (val) { cb(true, val); }, function (err) { cb(false, err); });";

  @JSBody(
      params = {"f", "a", "b", "c", "d", "cb"},
      script =
          "var pr; try { pr = Promise.resolve(f(a, b, c, d)); }"
              + " catch (err) { pr = Promise.reject(err); }"
              + THEN)
  static native void call4(JSObject f, JSObject a, JSObject b, JSObject c, JSObject d, Settled cb);

  @JSBody(
      params = {"o", "m", "a", "b", "c", "cb"},
      script =
          "var pr; try { pr = Promise.resolve(o[m](a, b, c)); }"
              + " catch (err) { pr = Promise.reject(err); }"
              + THEN)
  static native void callMethod3(
      JSObject o, String m, JSObject a, JSObject b, JSObject c, Settled cb);

  /** {@code f(a)} synchronously; throws what {@code f} throws. */
  @JSBody(
      params = {"f", "a"},
      script = "return f(a);")
  static native JSObject call1(JSObject f, JSObject a);
}
