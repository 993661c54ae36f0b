package io.swarmloader.core.id;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {
  @Test
  void encode_wellFormedText_matchesJdk() {
    String s = "a\u00e9\u00a0\u20ac\ud83d\ude00\uffff-end";
    assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Utf8.encode(s));
  }

  @Test
  void encode_loneSurrogates_becomeReplacementCharacter() {
    byte[] fffd = {(byte) 0xef, (byte) 0xbf, (byte) 0xbd};
    assertArrayEquals(fffd, Utf8.encode("\ud800"));
    assertArrayEquals(fffd, Utf8.encode("\udc00"));
    byte[] twoThenA = {
      (byte) 0xef, (byte) 0xbf, (byte) 0xbd, (byte) 0xef, (byte) 0xbf, (byte) 0xbd, 'a'
    };
    assertArrayEquals(twoThenA, Utf8.encode("\udc00\ud800a"));
  }
}
