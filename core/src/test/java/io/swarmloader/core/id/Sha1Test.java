package io.swarmloader.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Sha1Test {
  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
    }
    return sb.toString();
  }

  private static String sha1Hex(String ascii) {
    return hex(Sha1.digest(ascii.getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void digest_fipsVectors_match() {
    assertEquals("da39a3ee5e6b4b0d3255bfef95601890afd80709", sha1Hex(""));
    assertEquals("a9993e364706816aba3e25717850c26c9cd0d89d", sha1Hex("abc"));
    assertEquals(
        "84983e441c3bd26ebaae4aa1f95129e5e54670f1",
        sha1Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
    assertEquals(
        "a49b2446a02c645bf419f995b67091253a04a259",
        sha1Hex(
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqr"
                + "lmnopqrsmnopqrstnopqrstu"));
  }

  @Test
  void digest_millionA_matches() {
    assertEquals("34aa973cd4c4daa4f61eeb2bdbad27316534016f", sha1Hex("a".repeat(1_000_000)));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000})
  void digest_paddingBoundaries_matchesJdk(int length) throws Exception {
    byte[] data = new byte[length];
    for (int i = 0; i < length; i++) {
      data[i] = (byte) (i * 31 + 7);
    }
    byte[] expected = java.security.MessageDigest.getInstance("SHA-1").digest(data);
    assertEquals(hex(expected), hex(Sha1.digest(data)));
  }
}
