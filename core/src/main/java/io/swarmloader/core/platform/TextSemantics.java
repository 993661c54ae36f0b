package io.swarmloader.core.platform;

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
}
