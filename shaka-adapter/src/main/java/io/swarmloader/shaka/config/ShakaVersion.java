package io.swarmloader.shaka.config;

/** Reads {@code shaka.Player.version} ({@code "v5.2.12"}, {@code "v4.3.0-uncompiled"}). */
public final class ShakaVersion {
  /** Returned when the version string has no readable major number. */
  public static final int UNKNOWN = -1;

  private ShakaVersion() {}

  /**
   * The major version: the digits after an optional {@code v} (either case) and before the first
   * non-digit, leading spaces ignored. {@link #UNKNOWN} for null, empty or unreadable strings.
   */
  public static int major(String version) {
    if (version == null) {
      return UNKNOWN;
    }
    String v = version.trim();
    int i = !v.isEmpty() && (v.charAt(0) == 'v' || v.charAt(0) == 'V') ? 1 : 0;
    int major = 0;
    int digits = 0;
    while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9' && digits < 6) {
      major = major * 10 + (v.charAt(i) - '0');
      digits++;
      i++;
    }
    return digits == 0 ? UNKNOWN : major;
  }
}
