package io.swarmloader.core.protocol;

/** Hex strings as written in wire-protocol.md: lowercase bytes separated by spaces. */
final class Hex {
  private Hex() {}

  static byte[] parse(String hex) {
    String digits = hex.replace(" ", "");
    byte[] out = new byte[digits.length() / 2];
    for (int k = 0; k < out.length; k++) {
      out[k] = (byte) Integer.parseInt(digits.substring(2 * k, 2 * k + 2), 16);
    }
    return out;
  }

  static String format(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return sb.toString();
  }

  /** "00 01 … ff" style run of consecutive byte values. */
  static String run(int fromInclusive, int toInclusive) {
    byte[] bytes = new byte[toInclusive - fromInclusive + 1];
    for (int k = 0; k < bytes.length; k++) {
      bytes[k] = (byte) (fromInclusive + k);
    }
    return format(bytes);
  }
}
