package io.swarmloader.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * One JavaScript callback per Java object. A {@link JsHandler} receives every event of the objects
 * it listens to, every promise outcome and every timer it scheduled as a {@code kind} number (its
 * {@code op}) and one argument, and dispatches with a {@code switch}. This keeps the bundle small:
 * each lambda handed to JavaScript would compile to a class of its own (teavm-notes.md §7).
 */
final class JsEvents {
  private JsEvents() {}

  /** A task for a {@code Scheduler} or a {@code Runnable} callback: delivers one kind, later. */
  static final class Task implements Runnable {
    private final JsHandler handler;
    private final int kind;
    private final JSObject arg;

    Task(JsHandler handler, int kind, JSObject arg) {
      this.handler = handler;
      this.kind = kind;
      this.arg = arg;
    }

    @Override
    public void run() {
      handler.handle(kind, arg, null, null);
    }
  }

  // Local names in these scripts are long on purpose: TeaVM's minifier renames the parameters to
  // single letters without looking at nested functions, so a local "e" would shadow a parameter.

  /**
   * Sets {@code target.on<name>} for each space-separated name of {@code events}: the i-th name's
   * event (the event object as argument) reaches the handler as kind {@code firstKind + i}.
   */
  @JSBody(
      params = {"target", "events", "firstKind", "handler"},
      script =
          "events.match(/[a-z]+/g).forEach(function (eventName, eventIndex) {"
              + " target['on' + eventName] = function (event) {"
              + " handler.handle(firstKind + eventIndex, event); }; });")
  static native void listen(JSObject target, String events, int firstKind, JSObject handler);

  /** Clears the {@code on<name>} attributes of {@link #listen}, so that nothing fires into Java. */
  @JSBody(
      params = {"target", "events"},
      script =
          "events.match(/[a-z]+/g).forEach(function (eventName) {"
              + " target['on' + eventName] = null; });")
  static native void unlisten(JSObject target, String events);

  /**
   * Delivers a promise's outcome: {@code okKind} with the value, or {@code failKind} with the
   * rejection reason.
   */
  @JSBody(
      params = {"promise", "handler", "okKind", "failKind"},
      script =
          "promise.then(function (value) { handler.handle(okKind, value); },"
              + " function (reason) { handler.handle(failKind, reason); });")
  static native void settle(JSPromise<?> promise, JSObject handler, int okKind, int failKind);
}
