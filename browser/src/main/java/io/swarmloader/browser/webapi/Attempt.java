package io.swarmloader.browser.webapi;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/**
 * The outcome of a JavaScript call that may throw, as a plain object: {@code {value, error: null}}
 * on success, {@code {value: null, error}} (the error's text) when it threw. Both properties must
 * be present: TeaVM cannot convert {@code undefined} to a Java {@code String}. Lets callers handle
 * JavaScript exceptions without relying on how TeaVM maps them into Java.
 *
 * @param <T> the value's type
 */
public interface Attempt<T extends JSObject> extends JSObject {
  /** The value; null when the call threw. */
  @JSProperty
  T getValue();

  /** The error text; null when the call succeeded. */
  @JSProperty
  String getError();
}
