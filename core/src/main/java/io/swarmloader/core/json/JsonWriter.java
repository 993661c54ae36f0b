package io.swarmloader.core.json;

import io.swarmloader.core.util.OrderedMap;
import java.util.Collection;
import java.util.Map;

/** Compact JSON output; see {@link Json#write(Object)} for the contract. */
final class JsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** Largest integer a JavaScript number holds exactly (2^53). */
  private static final double MAX_EXACT_INTEGER = 9_007_199_254_740_992d;

  private JsonWriter() {}

  static void writeValue(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      writeString(out, s);
    } else if (value instanceof Boolean b) {
      out.append(b.booleanValue() ? "true" : "false");
    } else if (value instanceof Map<?, ?> map) {
      writeObject(out, map);
    } else if (value instanceof Collection<?> list) {
      writeArray(out, list);
    } else if (value instanceof Number n) {
      writeNumber(out, n);
    } else {
      throw new IllegalArgumentException("not a JSON value");
    }
  }

  private static void writeObject(StringBuilder out, Map<?, ?> map) {
    out.append('{');
    boolean first = true;
    for (Object k : OrderedMap.keysOf(map)) {
      if (!(k instanceof String key)) {
        throw new IllegalArgumentException("JSON object keys must be strings");
      }
      if (!first) {
        out.append(',');
      }
      first = false;
      writeString(out, key);
      out.append(':');
      writeValue(out, map.get(key));
    }
    out.append('}');
  }

  private static void writeArray(StringBuilder out, Collection<?> list) {
    out.append('[');
    boolean first = true;
    for (Object item : list) {
      if (!first) {
        out.append(',');
      }
      first = false;
      writeValue(out, item);
    }
    out.append(']');
  }

  private static void writeNumber(StringBuilder out, Number n) {
    if (n instanceof Integer || n instanceof Short || n instanceof Byte) {
      out.append(n.intValue());
      return;
    }
    if (n instanceof Long) {
      writeLong(out, n.longValue());
      return;
    }
    double d = n.doubleValue();
    if (d != Math.floor(d) || Math.abs(d) > MAX_EXACT_INTEGER) {
      // Also rejects NaN and the infinities, which JSON cannot express.
      throw new IllegalArgumentException("only integral numbers up to 2^53 are written");
    }
    writeLong(out, (long) d);
  }

  /** Decimal digits by hand: keeps Long.toString's conversion code out of the bundle. */
  private static void writeLong(StringBuilder out, long value) {
    if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
      out.append((int) value);
      return;
    }
    char[] digits = new char[20];
    int at = digits.length;
    boolean negative = value < 0;
    // Work with the negative magnitude: Long.MIN_VALUE has no positive counterpart.
    long rest = negative ? value : -value;
    while (rest != 0) {
      digits[--at] = (char) ('0' - (rest % 10));
      rest /= 10;
    }
    if (negative) {
      out.append('-');
    }
    out.append(digits, at, digits.length - at);
  }

  private static void writeString(StringBuilder out, String s) {
    out.append('"');
    int length = s.length();
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        appendUnicodeEscape(out, c);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        // A lone surrogate cannot be encoded as UTF-8; JSON.stringify escapes it the same way.
        appendUnicodeEscape(out, c);
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  private static void appendUnicodeEscape(StringBuilder out, char c) {
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xf])
        .append(HEX[(c >> 8) & 0xf])
        .append(HEX[(c >> 4) & 0xf])
        .append(HEX[c & 0xf]);
  }
}
