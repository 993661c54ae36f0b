package io.swarmloader.browser.api;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * JS event listeners by event name, for an engine's {@code addEventListener} / {@code
 * removeEventListener} (player-integration.md §1.5). Listeners are called synchronously in the
 * order they were added; one added twice is called twice, and removal takes the earliest
 * registration. A listener added or removed during an emission takes effect from the next one. An
 * exception a listener throws is caught and logged to the console, never propagated. The hub is
 * independent of the engine's lifecycle: listeners survive {@code destroy()}.
 */
public final class JsEventHub {
  private final JSObject listeners = create();

  public void add(String name, JSObject listener) {
    if (Js.isFunction(listener)) {
      add0(listeners, name, listener);
    }
  }

  public void remove(String name, JSObject listener) {
    remove0(listeners, name, listener);
  }

  /** Whether anyone listens to {@code name}; lets callers skip building payloads. */
  public boolean has(String name) {
    return has0(listeners, name);
  }

  /** Calls every listener of {@code name} with one argument. */
  public void emit(String name, JSObject arg) {
    emit0(listeners, name, arg, Js.undefined(), Js.undefined(), 1);
  }

  /** Calls every listener of {@code name} with {@code count} positional arguments. */
  public void emitPositional(String name, JSObject a, JSObject b, JSObject c, int count) {
    emit0(listeners, name, a, b, c, count);
  }

  @JSBody(script = "return Object.create(null);")
  private static native JSObject create();

  @JSBody(
      params = {"h", "n", "f"},
      script = "(h[n] || (h[n] = [])).push(f);")
  private static native void add0(JSObject hub, String name, JSObject listener);

  @JSBody(
      params = {"h", "n", "f"},
      script =
          "var list = h[n]; var idx = list ? list.indexOf(f) : -1;"
              + " if (idx >= 0) list.splice(idx, 1);")
  private static native void remove0(JSObject hub, String name, JSObject listener);

  @JSBody(
      params = {"h", "n"},
      script = "return !!h[n] && h[n].length > 0;")
  private static native boolean has0(JSObject hub, String name);

  @JSBody(
      params = {"h", "n", "a", "b", "c", "k"},
      script =
          "var list = h[n]; if (!list || !list.length) return; list = list.slice();"
              + " for (var idx = 0; idx < list.length; idx++) {"
              + " try { if (k === 1) list[idx](a); else if (k === 2) list[idx](a, b);"
              + " else list[idx](a, b, c); }"
              + " catch (err) { console.error('[swarmloader] ' + n + ' listener threw', err); } }")
  private static native void emit0(
      JSObject hub, String name, JSObject a, JSObject b, JSObject c, int count);
}
