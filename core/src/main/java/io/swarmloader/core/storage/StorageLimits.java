package io.swarmloader.core.storage;

/** The memory storage cap chosen by user agent (player-integration.md §1.4, §6.3). */
final class StorageLimits {
  /** Android WebView, iPhone and iPad. */
  static final int SMALL_DEVICE_LIMIT_MIB = 1024;

  /** Android browsers other than WebView. */
  static final int ANDROID_LIMIT_MIB = 2048;

  /** Everything else, iPadOS in desktop mode included (it reports a desktop user agent). */
  static final int DESKTOP_LIMIT_MIB = 4096;

  static final double BYTES_PER_MIB = 1_048_576;

  private StorageLimits() {}

  /**
   * The default limit for a user agent string, matched case-sensitively as browsers spell it:
   *
   * <ul>
   *   <li>{@code Android} without {@code Chrome} or {@code Firefox} (a WebView): 1024;
   *   <li>{@code iPhone} or {@code iPad}: 1024;
   *   <li>other {@code Android}: 2048;
   *   <li>anything else, null included: 4096.
   * </ul>
   */
  static int defaultLimitMiB(String userAgent) {
    if (userAgent == null) {
      return DESKTOP_LIMIT_MIB;
    }
    boolean isAndroid = userAgent.contains("Android");
    boolean isWebView =
        isAndroid && !userAgent.contains("Chrome") && !userAgent.contains("Firefox");
    boolean isIos = userAgent.contains("iPhone") || userAgent.contains("iPad");
    if (isWebView || isIos) {
      return SMALL_DEVICE_LIMIT_MIB;
    }
    return isAndroid ? ANDROID_LIMIT_MIB : DESKTOP_LIMIT_MIB;
  }
}
