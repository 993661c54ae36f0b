package io.swarmloader.core.util;

/**
 * String concatenation in one place, for the bundle size.
 *
 * <p>TeaVM compiles every {@code "text" + x} to its own {@code StringBuilder} chain (constructor,
 * one append per part, toString) at the call site. A call to one of these helpers is a fraction of
 * that. The result is exactly the one of {@code +}: a null part prints as {@code "null"}.
 *
 * <p>Pass a {@code char} through {@code String.valueOf(char)}: given directly, it would widen to
 * the {@code long} overloads and print its code. Compile-time constants ({@code PREFIX + "."}) need
 * no helper; javac folds them.
 */
public final class Text {
  private Text() {}

  /** {@code a + b}. */
  public static String cat(String a, String b) {
    return a + b;
  }

  /** {@code a + b + c}. */
  public static String cat(String a, String b, String c) {
    return a + b + c;
  }

  /** {@code a + n}: the decimal digits of an int or long, as {@code +} prints them. */
  public static String cat(String a, long n) {
    return a + n;
  }

  /** {@code a + n + b}. */
  public static String cat(String a, long n, String b) {
    return a + n + b;
  }
}
