package io.swarmloader.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Base64Test {
  private static String encode(String ascii) {
    return Base64.encode(ascii.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void encode_rfc4648Vectors_match() {
    assertEquals("", encode(""));
    assertEquals("Zg==", encode("f"));
    assertEquals("Zm8=", encode("fo"));
    assertEquals("Zm9v", encode("foo"));
    assertEquals("Zm9vYg==", encode("foob"));
    assertEquals("Zm9vYmE=", encode("fooba"));
    assertEquals("Zm9vYmFy", encode("foobar"));
  }

  @Test
  void encode_allByteValues_matchesJdk() {
    byte[] data = new byte[256];
    for (int i = 0; i < 256; i++) {
      data[i] = (byte) i;
    }
    for (int length = 0; length <= 256; length += 17) {
      byte[] part = java.util.Arrays.copyOf(data, length);
      assertEquals(java.util.Base64.getEncoder().encodeToString(part), Base64.encode(part));
    }
  }

  @Test
  void encode_offsetAndLength_encodesOnlyThatRange() {
    byte[] data = "xxfoobarxx".getBytes(StandardCharsets.US_ASCII);
    assertEquals("Zm9vYmE=", Base64.encode(data, 2, 5));
  }
}
