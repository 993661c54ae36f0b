package io.swarmloader.core.id;

import io.swarmloader.core.platform.RandomSource;
import io.swarmloader.core.util.Text;

/**
 * Peer-ID generation (wire-protocol.md §2.5): exactly {@value #LENGTH} printable ASCII characters,
 * a prefix followed by random characters from {@code A–Z a–z 0–9}. Uniformity comes from {@link
 * RandomSource#nextInt}, which the browser implements with rejection sampling.
 */
public final class PeerIds {
  /** Trackers reject any other length. */
  public static final int LENGTH = 20;

  /** Longest accepted prefix; leaves at least eight random characters. */
  public static final int MAX_PREFIX_LENGTH = 12;

  static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private PeerIds() {}

  /**
   * A new random peer ID.
   *
   * @throws IllegalArgumentException when the prefix is not printable ASCII of at most {@value
   *     #MAX_PREFIX_LENGTH} characters (configuration validates it earlier)
   */
  public static String generate(String prefix, RandomSource random) {
    if (!isValidPrefix(prefix)) {
      throw new IllegalArgumentException(Text.cat("invalid peer-ID prefix \"", prefix, "\""));
    }
    StringBuilder sb = new StringBuilder(LENGTH).append(prefix);
    while (sb.length() < LENGTH) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  /** Printable ASCII (U+0020–U+007E) of at most {@value #MAX_PREFIX_LENGTH} characters. */
  public static boolean isValidPrefix(String prefix) {
    if (prefix == null || prefix.length() > MAX_PREFIX_LENGTH) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return false;
      }
    }
    return true;
  }
}
