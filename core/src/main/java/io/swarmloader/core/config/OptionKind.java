package io.swarmloader.core.config;

/**
 * How a JS config value is checked and converted; see {@link ConfigValues}. Int constants rather
 * than an enum: an enum is a class with {@code values()}, {@code valueOf} and a static initialiser
 * in the bundle, and the kinds are only compared.
 */
final class OptionKind {
  /** {@code true} or {@code false}; nothing else is coerced. */
  static final int BOOLEAN = 0;

  /** A finite integral number within {@code [min, 2^31 - 1]}; counts, bytes and milliseconds. */
  static final int INT = 1;

  /**
   * Seconds in JS (a non-negative number, fractions allowed), int milliseconds in Java. Values of
   * 2^31 - 1 ms (about 24.8 days) and more, including {@code Infinity}, are held as 2^31 - 1 ms and
   * exported as {@code Infinity}.
   */
  static final int SECONDS_AS_MS = 2;

  /** An array of strings, copied. */
  static final int STRING_LIST = 3;

  /** A string. */
  static final int STRING = 4;

  /** A peer-ID prefix: printable ASCII of at most 12 characters (wire-protocol.md §2.5). */
  static final int PEER_ID_PREFIX = 5;

  /** Any object, kept by reference and never copied (rtcConfig may hold RTCCertificates). */
  static final int OPAQUE_OBJECT = 6;

  /** A wrapped {@code (url, byteRange, data) => Promise<boolean>} function. */
  static final int SEGMENT_VALIDATOR = 7;

  /** A wrapped httpRequestSetup function. */
  static final int HTTP_REQUEST_SETUP = 8;

  /** A wrapped {@code (isLive) => SegmentStorage} function. */
  static final int STORAGE_FACTORY = 9;

  private OptionKind() {}
}
