package io.swarmloader.core.id;

/**
 * SHA-1 (FIPS 180-4) in plain Java, because TeaVM's class library has no {@code MessageDigest} and
 * {@code crypto.subtle} is asynchronous and missing on insecure origins (teavm-notes.md §6).
 * Stateless and allocation-light; identifiers hash only short strings.
 */
public final class Sha1 {
  private Sha1() {}

  /** Returns the 20-byte digest of {@code message}; the input is not modified. */
  public static byte[] digest(byte[] message) {
    int[] h = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    byte[] padded = pad(message);
    int[] w = new int[80];
    for (int block = 0; block < padded.length; block += 64) {
      for (int i = 0; i < 16; i++) {
        int p = block + 4 * i;
        w[i] =
            (padded[p] & 0xff) << 24
                | (padded[p + 1] & 0xff) << 16
                | (padded[p + 2] & 0xff) << 8
                | (padded[p + 3] & 0xff);
      }
      for (int i = 16; i < 80; i++) {
        w[i] = Integer.rotateLeft(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
      }
      compress(h, w);
    }
    byte[] out = new byte[20];
    for (int i = 0; i < 5; i++) {
      out[4 * i] = (byte) (h[i] >>> 24);
      out[4 * i + 1] = (byte) (h[i] >>> 16);
      out[4 * i + 2] = (byte) (h[i] >>> 8);
      out[4 * i + 3] = (byte) h[i];
    }
    return out;
  }

  private static void compress(int[] h, int[] w) {
    int a = h[0];
    int b = h[1];
    int c = h[2];
    int d = h[3];
    int e = h[4];
    for (int i = 0; i < 80; i++) {
      int f;
      int k;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5A827999;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ED9EBA1;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8F1BBCDC;
      } else {
        f = b ^ c ^ d;
        k = 0xCA62C1D6;
      }
      int t = Integer.rotateLeft(a, 5) + f + e + k + w[i];
      e = d;
      d = c;
      c = Integer.rotateLeft(b, 30);
      b = a;
      a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
  }

  /** Message, 0x80, zeros, then the bit length as a 64-bit big-endian integer; a multiple of 64. */
  private static byte[] pad(byte[] message) {
    int length = message.length;
    int paddedLength = ((length + 8) / 64 + 1) * 64;
    byte[] padded = new byte[paddedLength];
    System.arraycopy(message, 0, padded, 0, length);
    padded[length] = (byte) 0x80;
    // The bit length fits in 35 bits for any Java array; write it without using long arithmetic.
    int bitsLow = length << 3;
    int bitsHigh = length >>> 29;
    padded[paddedLength - 8 + 3] = (byte) bitsHigh;
    padded[paddedLength - 4] = (byte) (bitsLow >>> 24);
    padded[paddedLength - 3] = (byte) (bitsLow >>> 16);
    padded[paddedLength - 2] = (byte) (bitsLow >>> 8);
    padded[paddedLength - 1] = (byte) bitsLow;
    return padded;
  }
}
