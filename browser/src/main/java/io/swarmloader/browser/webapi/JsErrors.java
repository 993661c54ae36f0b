package io.swarmloader.browser.webapi;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Text of JavaScript errors (rejection reasons, thrown values), for logs and close reasons. */
public final class JsErrors {
  private JsErrors() {}

  /**
   * {@code "name: message"} of a thrown value or rejection reason, or {@code String(e)} when it is
   * not an {@code Error}; a Java throwable's message. Never throws. (Never {@code
   * Throwable.toString()}: class-name lookups pull every class name into the bundle.)
   */
  public static String describe(Object e) {
    if (e instanceof Throwable t) {
      String message = t.getMessage();
      return message != null ? message : "Java exception";
    }
    return describeJs((JSObject) e);
  }

  /** Whether a rejection reason is an {@code AbortError} (a fetch or read after abort). */
  public static boolean isAbortError(Object e) {
    return !(e instanceof Throwable) && isAbortErrorJs((JSObject) e);
  }

  @JSBody(
      params = "e",
      script =
          "try { if (e && typeof e === 'object' && 'message' in e)"
              + " return String(e.name) + ': ' + String(e.message);"
              + " return String(e); } catch (x) { return 'unprintable error'; }")
  private static native String describeJs(JSObject e);

  @JSBody(params = "e", script = "return !!e && e.name === 'AbortError';")
  private static native boolean isAbortErrorJs(JSObject e);
}
