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

  /** Receives a settled value or rejection reason. */
  @JSFunctor
  interface Settled extends JSObject {
    void accept(JSObject value);
  }

  @JSBody(
      params = {"f", "a", "b", "c", "d", "ok", "fail"},
      script =
          "var pr; try { pr = Promise.resolve(f(a, b, c, d)); }"
              + " catch (err) { pr = Promise.reject(err); }"
              + " pr.then(function (val) { ok(val); }, function (err) { fail(err); });")
  static native void call4(
      JSObject f, JSObject a, JSObject b, JSObject c, JSObject d, Settled ok, Settled fail);

  @JSBody(
      params = {"o", "m", "a", "b", "c", "ok", "fail"},
      script =
          "var pr; try { pr = Promise.resolve(o[m](a, b, c)); }"
              + " catch (err) { pr = Promise.reject(err); }"
              + " pr.then(function (val) { ok(val); }, function (err) { fail(err); });")
  static native void callMethod3(
      JSObject o, String m, JSObject a, JSObject b, JSObject c, Settled ok, Settled fail);

  /** {@code f(a)} synchronously; throws what {@code f} throws. */
  @JSBody(
      params = {"f", "a"},
      script = "return f(a);")
  static native JSObject call1(JSObject f, JSObject a);
}
