package io.swarmloader.core.protocol;

import io.swarmloader.core.util.Text;

/**
 * The Int field type (wire-protocol.md §6.2): a byte {@code 0x0N}, then {@code N} big-endian bytes
 * of the magnitude, the top bit of the first one carrying the sign.
 */
final class WireInt {
  /** 2^53: JavaScript peers hold integers exactly up to this magnitude. */
  static final long MAX_SAFE_MAGNITUDE = 1L << 53;

  private static final int MAX_MAGNITUDE_BYTES = 8;

  private WireInt() {}

  /**
   * Writes {@code value} with the minimal {@code N}.
   *
   * @throws IllegalArgumentException if the magnitude exceeds 2^53 (§2.6: never emitted)
   */
  static void write(ByteWriter out, long value) {
    if (value > MAX_SAFE_MAGNITUDE || value < -MAX_SAFE_MAGNITUDE) {
      throw new IllegalArgumentException(Text.cat("Int beyond 2^53: ", value));
    }
    boolean negative = value < 0;
    long magnitude = negative ? -value : value;
    // §6.2: the smallest N whose 8N bits hold the magnitude plus one sign bit.
    int n = 1;
    while ((magnitude >>> (8 * n - 1)) != 0) {
      n++;
    }
    out.writeByte(n);
    for (int k = n - 1; k >= 0; k--) {
      int b = (int) ((magnitude >>> (8 * k)) & 0xFF);
      if (k == n - 1 && negative) {
        b |= 0x80;
      }
      out.writeByte(b);
    }
  }

  /**
   * Reads an Int; on error records it in {@code in} and returns 0. {@code N = 0} reads as 0; {@code
   * N > 8}, a magnitude over 2^53 or a value past the end of the body are errors (§6.2).
   */
  static long read(BodyReader in) {
    int first = in.readUnsignedByte();
    if (in.failed()) {
      return 0;
    }
    if ((first >>> 4) != 0) {
      in.fail(Text.cat("expected Int, got type nibble ", first >>> 4));
      return 0;
    }
    int n = first & 0x0F;
    if (n == 0) {
      return 0;
    }
    if (n > MAX_MAGNITUDE_BYTES) {
      in.fail(Text.cat("Int with ", n, " magnitude bytes"));
      return 0;
    }
    if (in.remaining() < n) {
      in.fail("truncated Int");
      return 0;
    }
    int head = in.readUnsignedByte();
    boolean negative = (head & 0x80) != 0;
    long magnitude = head & 0x7F;
    for (int k = 1; k < n; k++) {
      magnitude = (magnitude << 8) | in.readUnsignedByte();
    }
    if (magnitude > MAX_SAFE_MAGNITUDE) {
      in.fail("Int beyond 2^53");
      return 0;
    }
    return negative ? -magnitude : magnitude;
  }
}
