package io.swarmloader.core.id;

/**
 * UTF-8 encoding as JavaScript's {@code TextEncoder} does it: a lone surrogate becomes U+FFFD
 * ({@code ef bf bd}), where Java's {@code getBytes(UTF_8)} would write {@code ?}. Identifiers hash
 * these bytes, so the two must agree with 2.3.x peers byte for byte.
 */
public final class Utf8 {
  private Utf8() {}

  public static byte[] encode(String s) {
    int n = s.length();
    byte[] out = new byte[n * 3];
    int pos = 0;
    for (int i = 0; i < n; i++) {
      int c = s.charAt(i);
      if (c >= 0xD800 && c <= 0xDFFF) {
        boolean paired =
            c <= 0xDBFF && i + 1 < n && s.charAt(i + 1) >= 0xDC00 && s.charAt(i + 1) <= 0xDFFF;
        if (paired) {
          int cp = 0x10000 + ((c - 0xD800) << 10) + (s.charAt(i + 1) - 0xDC00);
          i++;
          out[pos++] = (byte) (0xF0 | (cp >>> 18));
          out[pos++] = (byte) (0x80 | ((cp >>> 12) & 0x3F));
          out[pos++] = (byte) (0x80 | ((cp >>> 6) & 0x3F));
          out[pos++] = (byte) (0x80 | (cp & 0x3F));
          continue;
        }
        c = 0xFFFD;
      }
      if (c < 0x80) {
        out[pos++] = (byte) c;
      } else if (c < 0x800) {
        out[pos++] = (byte) (0xC0 | (c >>> 6));
        out[pos++] = (byte) (0x80 | (c & 0x3F));
      } else {
        out[pos++] = (byte) (0xE0 | (c >>> 12));
        out[pos++] = (byte) (0x80 | ((c >>> 6) & 0x3F));
        out[pos++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    byte[] result = new byte[pos];
    System.arraycopy(out, 0, result, 0, pos);
    return result;
  }
}
