package io.swarmloader.core.platform;

import io.swarmloader.core.json.Json;
import io.swarmloader.core.json.JsonException;

/**
 * The JavaScript string and number operations that identifiers depend on (wire-protocol.md §2.1).
 * Browsers delegate to JavaScript; the JVM implementation reproduces ECMAScript semantics.
 */
public interface TextSemantics {
  /** ECMAScript {@code String.prototype.trim}. */
  String trim(String s);

  /** ECMAScript {@code toLowerCase} (locale independent). */
  String toLowerCase(String s);

  /** ECMAScript {@code toUpperCase} (locale independent). */
  String toUpperCase(String s);

  /** ECMAScript {@code Number(s)}; NaN when not a number. */
  double parseNumber(String s);

  /** ECMAScript {@code String(n)} for a number. */
  String numberToString(double n);

  /**
   * {@code JSON.parse} of a tracker message (wire-protocol.md §3), with the value mapping of {@link
   * Json}; numbers may come back as any {@code Number}. The default is the Java reader; a browser
   * delegates to JavaScript so its bundle needs no JSON code of its own.
   *
   * @throws JsonException for text {@code JSON.parse} rejects or nesting deeper than 64
   */
  default Object parseJson(String text) throws JsonException {
    return Json.parse(text);
  }

  /**
   * {@code JSON.stringify} of a tree of the {@link Json} mapping; the default is the Java writer.
   */
  default String writeJson(Object value) {
    return Json.write(value);
  }
}
