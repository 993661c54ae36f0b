package io.swarmloader.shaka.net;

import io.swarmloader.core.model.ByteRange;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.util.OrderedMap;
import java.util.Map;

/**
 * The runtime ID of a Shaka {@code SEGMENT} request (player-integration.md §4.8 step 1, §7 row 8):
 * the URI plus its {@code Range} header. Stateless; never throws.
 *
 * <ul>
 *   <li>no {@code Range} header → {@code uri};
 *   <li>{@code bytes=S-E} → {@code uri|S-E};
 *   <li>{@code bytes=S-} → {@code uri|S-} when S &gt; 0, plain {@code uri} when S is 0 (the whole
 *       resource; 2.3 built {@code uri|S-NaN}, which never matches);
 *   <li>anything else (several ranges, a suffix range {@code bytes=-N}, another unit, E &lt; S,
 *       numbers above 2^53 − 1) → null: the request goes to the default plugin, so that a malformed
 *       header never matches a wrong segment.
 * </ul>
 *
 * The header name is looked up case-insensitively; the unit {@code bytes} too (RFC 9110 §14.1).
 */
public final class RangeHeader {
  private static final long MAX_SAFE_INTEGER = 9007199254740991L;

  private RangeHeader() {}

  /** The runtime ID for {@code uri} under the request's headers, or null (see above). */
  public static String runtimeId(String uri, Map<String, String> headers) {
    String value = header(headers, "range");
    if (value == null) {
      return uri;
    }
    ByteRange range = parse(value);
    if (range == null) {
      return null;
    }
    return range.first() == 0 && range.isOpen() ? uri : Segment.runtimeIdOf(uri, range);
  }

  /**
   * The byte range of a {@code Range} value {@code bytes=S-E} or {@code bytes=S-}, or null when it
   * is anything else.
   */
  public static ByteRange parse(String value) {
    String v = value.trim();
    int eq = v.indexOf('=');
    if (eq < 0 || !equalsIgnoreAsciiCase(v.substring(0, eq).trim(), "bytes")) {
      return null;
    }
    String spec = v.substring(eq + 1).trim();
    int dash = spec.indexOf('-');
    if (dash <= 0) {
      return null;
    }
    long first = digits(spec.substring(0, dash).trim());
    String lastText = spec.substring(dash + 1).trim();
    if (first < 0) {
      return null;
    }
    if (lastText.isEmpty()) {
      return new ByteRange(first, ByteRange.OPEN);
    }
    long last = digits(lastText);
    return last < first ? null : new ByteRange(first, last);
  }

  /**
   * The value of a header, its name compared case-insensitively (ASCII), or null. When several
   * names differ only in case, the first one in iteration order wins.
   */
  public static String header(Map<String, String> headers, String name) {
    if (headers == null) {
      return null;
    }
    String exact = headers.get(name);
    if (exact != null) {
      return exact;
    }
    for (String key : OrderedMap.keysOf(headers)) {
      if (key != null && equalsIgnoreAsciiCase(key, name)) {
        return headers.get(key);
      }
    }
    return null;
  }

  /**
   * A copy of {@code headers} without its {@code Range} headers (any case) and null entries: the
   * player's headers as the engine sends them with its own downloads (player-integration.md §4.8
   * step 5), which set their own ranges.
   */
  public static Map<String, String> withoutRange(Map<String, String> headers) {
    Map<String, String> out = new OrderedMap<>();
    if (headers != null) {
      for (String key : OrderedMap.keysOf(headers)) {
        String value = headers.get(key);
        if (key != null && value != null && !equalsIgnoreAsciiCase(key, "range")) {
          out.put(key, value);
        }
      }
    }
    return out;
  }

  /** A non-negative decimal integer up to 2^53 − 1, or -1. */
  private static long digits(String s) {
    if (s.isEmpty() || s.length() > 16) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value > MAX_SAFE_INTEGER ? -1 : value;
  }

  static boolean equalsIgnoreAsciiCase(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y && lower(x) != lower(y)) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
