package io.swarmloader.testing;

import io.swarmloader.core.platform.TextSemantics;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * {@link TextSemantics} with ECMAScript semantics on the JVM (wire-protocol.md §2.1 "Pitfalls for
 * Java"): JavaScript {@code trim}, locale-independent case mapping, {@code Number(s)} and {@code
 * String(n)}. Java's own {@code trim}, {@code Double.parseDouble} and {@code Double.toString} all
 * differ from JavaScript, so none of them is used directly on the input.
 *
 * <p>Case mapping uses the JDK's Unicode tables (Unicode 13 on JDK 17); characters added in later
 * Unicode versions may map differently from a current browser.
 */
public final class JvmTextSemantics implements TextSemantics {
  @Override
  public String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isJsWhitespace(s.charAt(start))) {
      start++;
    }
    while (end > start && isJsWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** ECMAScript WhiteSpace (TAB, VT, FF, ZWNBSP, category Zs) and LineTerminator. */
  static boolean isJsWhitespace(char c) {
    switch (c) {
      case '\t',
      '\n',
      0x0B,
      '\f',
      '\r',
      ' ',
      0xA0,
      0x1680,
      0x2028,
      0x2029,
      0x202F,
      0x205F,
      0x3000,
      0xFEFF:
        return true;
      default:
        return c >= 0x2000 && c <= 0x200A;
    }
  }

  @Override
  public String toLowerCase(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toUpperCase(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  /** ECMAScript StringToNumber (ES2023 §7.1.4.1.1). */
  @Override
  public double parseNumber(String s) {
    String t = trim(s);
    if (t.isEmpty()) {
      return 0;
    }
    if (t.length() > 2 && t.charAt(0) == '0') {
      int radix =
          switch (t.charAt(1)) {
            case 'x', 'X' -> 16;
            case 'o', 'O' -> 8;
            case 'b', 'B' -> 2;
            default -> 0;
          };
      if (radix != 0) {
        return parseRadix(t.substring(2), radix);
      }
    }
    int i = 0;
    boolean negative = false;
    if (t.charAt(0) == '+' || t.charAt(0) == '-') {
      negative = t.charAt(0) == '-';
      i = 1;
    }
    String unsigned = t.substring(i);
    if (unsigned.equals("Infinity")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (!isUnsignedDecimalLiteral(unsigned)) {
      return Double.NaN;
    }
    // The grammar is checked above, so Java's parser sees only forms it reads the same way.
    double value = Double.parseDouble(unsigned);
    return negative ? -value : value;
  }

  private static double parseRadix(String digits, int radix) {
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), radix) < 0 || digits.charAt(i) > 'z') {
        return Double.NaN;
      }
    }
    return new BigInteger(digits, radix).doubleValue();
  }

  /** StrUnsignedDecimalLiteral without Infinity: digits, optional fraction, optional exponent. */
  private static boolean isUnsignedDecimalLiteral(String s) {
    int i = 0;
    int n = s.length();
    int intDigits = 0;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
      intDigits++;
    }
    int fractionDigits = 0;
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        fractionDigits++;
      }
    }
    if (intDigits + fractionDigits == 0) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int expDigits = 0;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        expDigits++;
      }
      if (expDigits == 0) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** ECMAScript Number::toString with radix 10 (ES2023 §6.1.6.1.20). */
  @Override
  public String numberToString(double m) {
    if (Double.isNaN(m)) {
      return "NaN";
    }
    if (m == 0) {
      return "0";
    }
    if (m < 0) {
      return "-" + numberToString(-m);
    }
    if (Double.isInfinite(m)) {
      return "Infinity";
    }
    BigDecimal shortest = shortestRoundTrip(m);
    String digits = shortest.unscaledValue().toString();
    int k = digits.length();
    int n = k - shortest.scale();
    return layout(digits, k, n);
  }

  /**
   * The decimal with the fewest digits that rounds back to {@code m}; among those, the closest to
   * {@code m}, ties to an even last digit. Trailing zeros stripped.
   */
  private static BigDecimal shortestRoundTrip(double m) {
    BigDecimal exact = new BigDecimal(m);
    for (int k = 1; k <= 17; k++) {
      BigDecimal down = exact.round(new MathContext(k, RoundingMode.FLOOR));
      BigDecimal up = exact.round(new MathContext(k, RoundingMode.CEILING));
      boolean downOk = down.doubleValue() == m;
      boolean upOk = up.doubleValue() == m;
      if (downOk && upOk && !down.equals(up)) {
        int cmp = exact.subtract(down).compareTo(up.subtract(exact));
        if (cmp == 0) {
          return exact.round(new MathContext(k, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        }
        return (cmp < 0 ? down : up).stripTrailingZeros();
      }
      if (downOk) {
        return down.stripTrailingZeros();
      }
      if (upOk) {
        return up.stripTrailingZeros();
      }
    }
    throw new AssertionError("no round-trip decimal for " + m);
  }

  /** Value = digits × 10^(n − k), laid out as ECMAScript prints it. */
  private static String layout(String digits, int k, int n) {
    StringBuilder sb = new StringBuilder();
    if (k <= n && n <= 21) {
      sb.append(digits);
      for (int i = 0; i < n - k; i++) {
        sb.append('0');
      }
    } else if (0 < n && n <= 21) {
      sb.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      sb.append("0.");
      for (int i = 0; i < -n; i++) {
        sb.append('0');
      }
      sb.append(digits);
    } else {
      int e = n - 1;
      sb.append(digits.charAt(0));
      if (k > 1) {
        sb.append('.').append(digits, 1, k);
      }
      sb.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
    }
    return sb.toString();
  }
}
