package io.swarmloader.browser.check;

import io.swarmloader.browser.api.Js;
import org.teavm.jso.JSObject;

/**
 * A plain JavaScript object being filled with results (numbers, strings, booleans, arrays, nested
 * records), readable by Selenium as JSON data (browser-testing.md §4.5). Doubles go to JavaScript
 * as numbers, never printed by Java.
 */
final class JsRecord {
  private final JSObject object;

  JsRecord() {
    this(Js.newObject());
  }

  private JsRecord(JSObject object) {
    this.object = object;
  }

  JSObject js() {
    return object;
  }

  JsRecord put(String key, String value) {
    Js.setString(object, key, value);
    return this;
  }

  JsRecord put(String key, double value) {
    Js.setNumber(object, key, value);
    return this;
  }

  JsRecord put(String key, boolean value) {
    Js.setBoolean(object, key, value);
    return this;
  }

  JsRecord put(String key, JSObject value) {
    Js.set(object, key, value);
    return this;
  }

  /** A nested record under {@code key}, created empty. */
  JsRecord child(String key) {
    JsRecord child = new JsRecord();
    Js.set(object, key, child.object);
    return child;
  }

  /** Appends a string to the array under {@code key}, creating it when missing. */
  JsRecord add(String key, String value) {
    Js.push(array(key), Js.string(value));
    return this;
  }

  /** Appends a number to the array under {@code key}, creating it when missing. */
  JsRecord add(String key, double value) {
    Js.push(array(key), Js.number(value));
    return this;
  }

  /** An empty array under {@code key} (so an empty list reads as [] rather than missing). */
  JsRecord list(String key) {
    Js.set(object, key, Js.newArray());
    return this;
  }

  private JSObject array(String key) {
    JSObject existing = Js.get(object, key);
    if (!Js.isNullish(existing)) {
      return existing;
    }
    JSObject created = Js.newArray();
    Js.set(object, key, created);
    return created;
  }
}
