package io.swarmloader.core.id;

/**
 * Standard Base64 (RFC 4648 §4: alphabet {@code A–Z a–z 0–9 + /}, with {@code =} padding), encode
 * only. Used for stream short IDs (28 characters from 20 bytes) and info hashes (20 characters from
 * 15 bytes, no padding), wire-protocol.md §2.1 and §2.4.
 */
public final class Base64 {
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private Base64() {}

  public static String encode(byte[] data) {
    return encode(data, 0, data.length);
  }

  /** Encodes {@code length} bytes of {@code data} starting at {@code offset}. */
  public static String encode(byte[] data, int offset, int length) {
    StringBuilder out = new StringBuilder((length + 2) / 3 * 4);
    int end = offset + length;
    int i = offset;
    for (; i + 3 <= end; i += 3) {
      int n = (data[i] & 0xff) << 16 | (data[i + 1] & 0xff) << 8 | (data[i + 2] & 0xff);
      out.append(ALPHABET.charAt(n >>> 18))
          .append(ALPHABET.charAt((n >>> 12) & 63))
          .append(ALPHABET.charAt((n >>> 6) & 63))
          .append(ALPHABET.charAt(n & 63));
    }
    int rest = end - i;
    if (rest == 1) {
      int n = (data[i] & 0xff) << 16;
      out.append(ALPHABET.charAt(n >>> 18)).append(ALPHABET.charAt((n >>> 12) & 63)).append("==");
    } else if (rest == 2) {
      int n = (data[i] & 0xff) << 16 | (data[i + 1] & 0xff) << 8;
      out.append(ALPHABET.charAt(n >>> 18))
          .append(ALPHABET.charAt((n >>> 12) & 63))
          .append(ALPHABET.charAt((n >>> 6) & 63))
          .append('=');
    }
    return out.toString();
  }
}
