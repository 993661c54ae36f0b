package io.swarmloader.core.config;

/** How a JS config value is checked and converted; see {@link ConfigValues}. */
enum OptionKind {
  /** {@code true} or {@code false}; nothing else is coerced. */
  BOOLEAN,
  /** A finite integral number within {@code [min, 2^31 - 1]}; counts, bytes and milliseconds. */
  INT,
  /**
   * Seconds in JS (a non-negative number, fractions allowed), int milliseconds in Java. Values of
   * 2^31 - 1 ms (about 24.8 days) and more, including {@code Infinity}, are held as 2^31 - 1 ms and
   * exported as {@code Infinity}.
   */
  SECONDS_AS_MS,
  /** An array of strings, copied. */
  STRING_LIST,
  /** A string. */
  STRING,
  /** A peer-ID prefix: printable ASCII of at most 12 characters (wire-protocol.md §2.5). */
  PEER_ID_PREFIX,
  /** Any object, kept by reference and never copied (rtcConfig may hold RTCCertificates). */
  OPAQUE_OBJECT,
  /** A wrapped {@code (url, byteRange, data) => Promise<boolean>} function. */
  SEGMENT_VALIDATOR,
  /** A wrapped httpRequestSetup function. */
  HTTP_REQUEST_SETUP,
  /** A wrapped {@code (isLive) => SegmentStorage} function. */
  STORAGE_FACTORY
}
