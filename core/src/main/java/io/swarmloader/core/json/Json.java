package io.swarmloader.core.json;

/**
 * A minimal JSON reader and writer for tracker messages (wire-protocol.md §3). No regex, no
 * double/string conversion of the Java class library, so it stays small in a TeaVM bundle.
 *
 * <p>Value mapping, both ways:
 *
 * <ul>
 *   <li>object ↔ {@code Map<String, Object>} (read as an insertion-ordered map; a repeated key
 *       keeps the last value, as {@code JSON.parse} does)
 *   <li>array ↔ {@code List<Object>}
 *   <li>string ↔ {@code String}, char for char. "Binary strings" (chars 0–255, {@code \}{@code
 *       uXXXX} escapes) survive a round trip exactly, so echoed {@code offer_id}s stay identical.
 *   <li>number: an integer literal that fits reads as {@code Long}; a fraction, an exponent or a
 *       larger integer reads as an approximate {@code Double}. The writer accepts any integral
 *       {@code Number}, and a {@code Double}/{@code Float} only when it holds an integer.
 *   <li>{@code true}/{@code false} ↔ {@code Boolean}; {@code null} ↔ {@code null}
 * </ul>
 */
public final class Json {
  private Json() {}

  /**
   * Parses one JSON value that spans the whole text (whitespace around it allowed).
   *
   * @throws JsonException for anything {@code JSON.parse} would reject, and for nesting deeper than
   *     {@link JsonParser#MAX_DEPTH}
   */
  public static Object parse(String text) throws JsonException {
    return new JsonParser(text).parseDocument();
  }

  /**
   * Writes a value as compact JSON. Control characters are escaped as {@code \}{@code u00XX}, as
   * are lone surrogates; {@code "} and {@code \} get a backslash; every other char is written as
   * is.
   *
   * @throws IllegalArgumentException for a value outside the mapping above (a programming error)
   */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    JsonWriter.writeValue(out, value);
    return out.toString();
  }
}
