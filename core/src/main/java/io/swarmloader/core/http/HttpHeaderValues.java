package io.swarmloader.core.http;

import io.swarmloader.core.model.ByteRange;

/**
 * Writing the Range header and reading Content-Length and Content-Range, without regex or {@code
 * Long.parseLong} (both costly in the TeaVM bundle, teavm-notes.md §7).
 */
public final class HttpHeaderValues {
  /** A readable {@code Content-Range: bytes first-last/total}; {@code total} -1 for {@code *}. */
  record ContentRange(long first, long lastInclusive, long total) {}

  private static final int MAX_DIGITS = 15; // below 2^53: exact in a JS number as well

  private HttpHeaderValues() {}

  /** {@code bytes=first-last}, or {@code bytes=first-} for an open range. */
  public static String rangeHeader(ByteRange range) {
    StringBuilder sb = new StringBuilder("bytes=").append(range.first()).append('-');
    if (!range.isOpen()) {
      sb.append(range.lastInclusive());
    }
    return sb.toString();
  }

  /** A non-negative decimal integer, surrounding spaces allowed; -1 when absent or malformed. */
  static long parseLength(String value) {
    if (value == null) {
      return -1;
    }
    return parseDigits(value, 0, value.length());
  }

  /**
   * {@code bytes first-last/total} or {@code bytes first-last/*}; null when absent, unsatisfied
   * ({@code bytes *}{@code /total}) or malformed. A null result means "not readable": the caller
   * skips the check.
   */
  static ContentRange parseContentRange(String value) {
    if (value == null) {
      return null;
    }
    int start = skipSpaces(value, 0);
    if (!value.startsWith("bytes ", start)) {
      return null;
    }
    int dash = value.indexOf('-', start + 6);
    int slash = value.indexOf('/', start + 6);
    if (dash < 0 || slash < dash) {
      return null;
    }
    long first = parseDigits(value, start + 6, dash);
    long last = parseDigits(value, dash + 1, slash);
    String totalText = value.substring(slash + 1).trim();
    long total = totalText.equals("*") ? -1 : parseDigits(totalText, 0, totalText.length());
    if (first < 0 || last < first || (total < 0 && !totalText.equals("*"))) {
      return null;
    }
    return new ContentRange(first, last, total);
  }

  private static long parseDigits(String s, int from, int to) {
    int begin = skipSpaces(s, from);
    int end = to;
    while (end > begin && s.charAt(end - 1) == ' ') {
      end--;
    }
    if (begin >= end || end - begin > MAX_DIGITS) {
      return -1;
    }
    // Summed as a double: exact for 15 digits, and no 64-bit arithmetic per digit in the bundle.
    double value = 0;
    for (int i = begin; i < end; i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return -1;
      }
      value = value * 10 + (ch - '0');
    }
    return (long) value;
  }

  private static int skipSpaces(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
