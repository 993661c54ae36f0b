package io.swarmloader.browser.api;

import io.swarmloader.core.error.CoreRequestError;
import io.swarmloader.core.error.RequestError;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The {@code RequestError} and {@code CoreRequestError} classes (player-integration.md §1.6): real
 * JavaScript {@code Error} subclasses, defined once per bundle by a small JS snippet so that {@code
 * instanceof} works, exported from the bundle and instantiated from Java.
 *
 * <p>{@code new RequestError(type, message?)}: fields {@code type}, {@code message}, {@code
 * timestamp} ({@code performance.now()} at creation). {@code new CoreRequestError(type, message?)}:
 * {@code type} is {@code "failed"} or {@code "aborted"}; the message defaults to the type.
 */
public final class JsErrors {
  private static JSObject classes;

  private JsErrors() {}

  /** The {@code RequestError} class. */
  public static JSObject requestErrorClass() {
    return get(classes(), "RequestError");
  }

  /** The {@code CoreRequestError} class. */
  public static JSObject coreRequestErrorClass() {
    return get(classes(), "CoreRequestError");
  }

  /** A {@code RequestError} for an engine attempt failure, with the engine's timestamp. */
  public static JSObject requestError(RequestError error) {
    return newRequestError(
        requestErrorClass(), error.type().jsName(), error.message(), error.timestampMs());
  }

  /** A {@code CoreRequestError} for a player request the engine could not serve. */
  public static JSObject coreRequestError(CoreRequestError error) {
    return newCoreRequestError(coreRequestErrorClass(), error.kind().jsName(), error.message());
  }

  private static JSObject classes() {
    if (classes == null) {
      classes = define();
    }
    return classes;
  }

  @JSBody(
      params = {"o", "k"},
      script = "return o[k];")
  private static native JSObject get(JSObject o, String k);

  @JSBody(
      script =
          "class RequestError extends Error {"
              + " constructor(type, message) { super(message); this.name = 'RequestError';"
              + " this.type = type; this.timestamp = performance.now(); } }"
              + " class CoreRequestError extends Error {"
              + " constructor(type, message) { super(message === undefined ? type : message);"
              + " this.name = 'CoreRequestError'; this.type = type; } }"
              + " return {RequestError: RequestError, CoreRequestError: CoreRequestError};")
  private static native JSObject define();

  @JSBody(
      params = {"C", "t", "m", "ts"},
      script = "var e = new C(t, m); e.timestamp = ts; return e;")
  private static native JSObject newRequestError(JSObject cls, String type, String msg, double ts);

  @JSBody(
      params = {"C", "t", "m"},
      script = "return new C(t, m);")
  private static native JSObject newCoreRequestError(JSObject cls, String type, String msg);
}
